package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.service.CaseCommands.Done;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** The staff directory, kept by administrators. */
final class StaffAdministrationService implements ManageStaffUseCase {

    private static final String FROM_SINGLE_SIGN_ON = "Their %s comes from single sign-on at every sign-in: change"
            + " their groups at the identity provider.";

    private final CaseCommands commands;
    private final Ports ports;

    StaffAdministrationService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, StaffRecord> addStaff(AddStaff command) {
        return commands.administer(Task.MANAGE_STAFF, command.actingStaff(), actor -> {
            Checks checks = AccountRules.details(command.details());
            if (!checks.passed()) {
                return refused(checks);
            }
            StaffRecord added = new StaffRecord(member(ports.staffRecords().nextId(), command.details()),
                    command.details().email().strip(), jobTitle(command.details()), Option.none(), Option.none());
            ports.staffRecords().add(added);
            return Either.right(new Done<>(added, "added staff member " + added.member().id() + ": "
                    + added.described()));
        });
    }

    @Override
    public Either<Failure, StaffRecord> editStaff(EditStaff asked) {
        return commands.administer(Task.MANAGE_STAFF, asked.actingStaff(), actor -> {
            Option<StaffRecord> found = ports.staffRecords().record(asked.staff());
            if (found.isEmpty()) {
                return notFound(asked.staff());
            }
            StaffRecord before = found.get();
            boolean self = actor.id().equals(asked.staff());
            EditStaff command = self ? ownRoleAndLevelKept(asked, before) : asked;
            Option<SignInAccount> account = ports.accounts().accountOf(command.staff());
            Checks checks = AccountRules.details(command.details());
            // Nobody raises (or lowers) their own authority or role: another administrator must.
            checks = checks
                    .require(!self || command.details().givenLevel().forAll(l -> l == before.member().authority()),
                            "authority",
                            "You cannot change your own authority level; ask another administrator.")
                    .require(command.unrecognisedRole().isEmpty(), "role", "Choose a role: one of "
                            + io.vavr.collection.List.of(Role.values()).map(Role::name).mkString(", ") + ".");
            if (command.unrecognisedRole().isEmpty()) { // otherwise the role's problem is that one
                checks = checks
                        .require(!self || command.role().equals(before.role()), "role",
                                "You cannot change your own role; ask another administrator.")
                        .require(account.isDefined() || command.role().isEmpty(), "role",
                                "This member of staff has no account yet; their role is given with their account.")
                        .require(account.isEmpty() || command.role().isDefined(), "role",
                                "Choose the role their account gives them.");
            }
            // Single sign-on gives them these two at every sign-in: an edit here would be silently undone.
            checks = checks
                    .require(!before.roleFromSingleSignOn()
                            || command.details().givenLevel().forAll(l -> l == before.member().authority()),
                            "authority",
                            FROM_SINGLE_SIGN_ON.formatted("authority level"))
                    .require(!before.roleFromSingleSignOn() || command.unrecognisedRole().isDefined()
                            || command.role().equals(before.role()), "role",
                            FROM_SINGLE_SIGN_ON.formatted("role"));
            if (!checks.passed()) {
                return refused(checks);
            }
            StaffRecord after = new StaffRecord(member(before.member().id(), command.details()),
                    command.details().email().strip(), jobTitle(command.details()), command.role(), before.leftOn(),
                    before.singleSignOn(), before.account());
            if (account.isDefined() && account.get().role() == Role.ADMINISTRATOR
                    && command.role().get() != Role.ADMINISTRATOR && !account.get().disabled()
                    && ports.accounts().activeAdministrators() <= 1) {
                return refused(Checks.start().require(false, "role",
                        "This is the last active administrator; make someone else an administrator first."));
            }
            ports.staffRecords().update(after);
            if (account.isDefined() && account.get().role() != command.role().get()) {
                ports.accounts().changeRole(account.get().username(), command.role().get());
            }
            return Either.right(new Done<>(after, "edited staff member " + before.member().id() + ": before "
                    + before.described() + "; after " + after.described()));
        });
    }

    @Override
    public Either<Failure, StaffRecord> markAsLeft(MarkAsLeft command) {
        return commands.administer(Task.MANAGE_STAFF, command.actingStaff(), actor -> {
            Option<StaffRecord> found = ports.staffRecords().record(command.staff());
            if (found.isEmpty()) {
                return notFound(command.staff());
            }
            StaffRecord before = found.get();
            LocalDate today = UkTime.dateOf(ports.clock().now());
            Option<SignInAccount> account = ports.accounts().accountOf(command.staff());
            boolean lastAdministrator = account.exists(a -> a.role() == Role.ADMINISTRATOR && !a.disabled()
                    && a.passwordSet()) && ports.accounts().activeAdministrators() <= 1;
            Checks checks = Checks.start()
                    .require(!before.hasLeft(), "leftOn", "They are already marked as left (on "
                            + before.leftOn().map(LocalDate::toString).getOrElse("") + ").")
                    .require(!command.leftOn().isAfter(today), "leftOn", "The date they left cannot be in the"
                            + " future; mark them as left on or after the day they go.")
                    .require(!actor.id().equals(command.staff()), "leftOn",
                            "You cannot mark yourself as left; ask another administrator.")
                    .require(!lastAdministrator, "leftOn",
                            "This is the last active administrator; make someone else an administrator first.");
            if (!checks.passed()) {
                return refused(checks);
            }
            StaffRecord after = new StaffRecord(before.member(), before.email(), before.jobTitle(), before.role(),
                    Option.some(command.leftOn()), before.singleSignOn(), before.account());
            ports.staffRecords().update(after);
            String disabled = "";
            if (account.isDefined() && !account.get().disabled()) {
                ports.accounts().disable(account.get().username(), ports.clock().now());
                disabled = "; their account " + account.get().username() + " disabled";
            }
            return Either.right(new Done<>(after, "marked staff member " + before.member().id() + " as left: before "
                    + before.described() + "; after " + after.described() + disabled));
        });
    }

    @Override
    public Either<Failure, Page<StaffRecord>> findStaff(StaffId askedBy, String search, int page) {
        return commands.read(Task.MANAGE_STAFF, askedBy, who -> Either.right(ports.staffRecords()
                .searchStaff(search == null ? "" : search.strip(), Math.max(1, page), Page.DEFAULT_SIZE)));
    }

    /**
     * Your own record, edited without a role or level (the page does not offer them to you): yours are kept. A role or
     * level you do give is checked, and refused if it is not yours.
     */
    private static EditStaff ownRoleAndLevelKept(EditStaff asked, StaffRecord before) {
        Details given = asked.details();
        Details details = given.givenLevel().isDefined() ? given : new Details(given.name(), given.email(),
                given.team(), given.jobTitle(), before.member().authority());
        boolean noRoleGiven = asked.role().isEmpty() && asked.unrecognisedRole().isEmpty();
        return new EditStaff(asked.actingStaff(), asked.staff(), details, noRoleGiven ? before.role() : asked.role(),
                asked.unrecognisedRole());
    }

    @Override
    public Either<Failure, StaffRecord> staffRecord(StaffId askedBy, StaffId staff) {
        return commands.read(Task.MANAGE_STAFF, askedBy, who -> ports.staffRecords().record(staff)
                .toEither(() -> new Failure.NotFound("There is no member of staff " + staff + ".")));
    }

    private static StaffMember member(StaffId id, Details details) {
        return new StaffMember(id, details.name().strip(), details.team().strip(), details.authority());
    }

    private static String jobTitle(Details details) {
        return details.jobTitle() == null ? "" : details.jobTitle().strip();
    }

    static <R> Either<Failure, Done<R>> refused(Checks checks) {
        return Either.left(new Failure.Refused(new Refusal(checks.problems())));
    }

    private static <R> Either<Failure, Done<R>> notFound(StaffId staff) {
        return Either.left(new Failure.NotFound("There is no member of staff " + staff + "."));
    }
}
