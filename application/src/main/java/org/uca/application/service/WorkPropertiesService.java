package org.uca.application.service;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.port.out.WorkProperties.Worker;
import org.uca.application.port.out.WorkProperties.Worker.ContractorAccount;
import org.uca.application.port.out.WorkProperties.Worker.ContractorSystem;
import org.uca.application.service.CaseCommands.Done;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * The properties of a contractor's work, set by administrators: a contractor's account as part of the staff
 * directory, a contractor's system as part of its machine credential. Only a contractor's can be limited: no other
 * role, and no other scope of credential, asks the safe-visit question.
 */
final class WorkPropertiesService implements WorkPropertiesUseCase {

    /** How many bad entries are named one by one; beyond that, how many more. */
    private static final int NAMED_PROBLEMS = 20;

    private final CaseCommands commands;
    private final Ports ports;

    WorkPropertiesService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    /** Whose work: found, and one that may be limited. */
    private record Whose(Worker worker, String who, String described) {
    }

    @Override
    public Either<Failure, PropertiesOfWork> propertiesOfContractorAccount(StaffId askedBy, StaffId contractor) {
        return commands.read(Task.MANAGE_STAFF, askedBy, actor -> account(contractor).map(this::current));
    }

    @Override
    public Either<Failure, PropertiesOfWork> setPropertiesOfContractorAccount(StaffId actingStaff,
            StaffId contractor, GivenProperties given) {
        return commands.administer(Task.MANAGE_STAFF, actingStaff,
                actor -> account(contractor).flatMap(whose -> replace(whose, given)));
    }

    @Override
    public Either<Failure, PropertiesOfWork> propertiesOfContractorSystem(StaffId askedBy, String credentialId) {
        return commands.read(Task.MANAGE_MACHINE_CREDENTIALS, askedBy,
                actor -> system(credentialId).map(this::current));
    }

    @Override
    public Either<Failure, PropertiesOfWork> setPropertiesOfContractorSystem(StaffId actingStaff, String credentialId,
            GivenProperties given) {
        return commands.administer(Task.MANAGE_MACHINE_CREDENTIALS, actingStaff,
                actor -> system(credentialId).flatMap(whose -> replace(whose, given)));
    }

    @Override
    public Either<Failure, Option<Integer>> howManyPropertiesOfMyWork(StaffId contractor) {
        return commands.read(Task.SAFE_VISIT, contractor,
                who -> Either.right(ports.workProperties().count(new ContractorAccount(contractor))));
    }

    private Either<Failure, Whose> account(StaffId contractor) {
        Option<StaffRecord> found = ports.staffRecords().record(contractor);
        if (found.isEmpty()) {
            return Either.left(new Failure.NotFound("There is no member of staff " + contractor + "."));
        }
        StaffRecord record = found.get();
        if (!record.role().contains(Role.CONTRACTOR)) {
            return Either.left(new Failure.Refused(Refusal.because("Only a contractor's account can be limited to"
                    + " the properties of their work; " + record.member().name() + " is "
                    + record.role().map(Role::someone).getOrElse("someone with no role in UCA") + ".")));
        }
        return Either.right(new Whose(new ContractorAccount(contractor), record.member().name(),
                "contractor " + contractor + " (" + record.member().name() + ")"));
    }

    private Either<Failure, Whose> system(String credentialId) {
        Option<MachineCredential> found = credentialId == null ? Option.none()
                : ports.machineCredentials().find(credentialId);
        if (found.isEmpty()) {
            return Either.left(new Failure.NotFound("There is no machine credential " + credentialId + "."));
        }
        MachineCredential credential = found.get();
        if (credential.scope() != Scope.SAFE_VISIT) {
            return Either.left(new Failure.Refused(Refusal.because("Only a safe-visit machine credential can be"
                    + " limited to the properties of a contractor's work; " + credential.name() + " is for "
                    + credential.scope().words() + ".")));
        }
        return Either.right(new Whose(new ContractorSystem(credential.id()), credential.name(),
                "machine credential " + credential.id() + " (" + credential.name() + ")"));
    }

    private PropertiesOfWork current(Whose whose) {
        return new PropertiesOfWork(whose.who(), ports.workProperties().of(whose.worker()));
    }

    private Either<Failure, Done<PropertiesOfWork>> replace(Whose whose, GivenProperties given) {
        Either<Refusal, Option<Seq<Uprn>>> checked = checked(given);
        if (checked.isLeft()) {
            return Either.left(new Failure.Refused(checked.getLeft()));
        }
        Option<Seq<Uprn>> after = checked.get();
        Option<Integer> before = ports.workProperties().count(whose.worker());
        ports.workProperties().replace(whose.worker(), after);
        return Either.right(new Done<>(new PropertiesOfWork(whose.who(), after.map(s -> s.sortBy(Uprn::value))),
                "set the properties of the work of " + whose.described() + ": before " + counted(before)
                        + "; after " + counted(after.map(Seq::size))));
    }

    /** The list as kept (none: not limited), or every problem with it: duplicates are folded, not refused. */
    static Either<Refusal, Option<Seq<Uprn>>> checked(GivenProperties given) {
        if (!given.limited()) {
            return given.uprns().isEmpty() ? Either.right(Option.none()) : Either.left(Refusal.of("uprns",
                    "You chose \"not limited\" and also gave properties: choose one. Not limited is every property;"
                            + " to limit the work to these, choose \"limited\"."));
        }
        Seq<GivenProperties.Entry> bad = given.uprns().filter(e -> !Uprn.isUprn(e.uprn()));
        Checks checks = Checks.start();
        for (GivenProperties.Entry e : bad.take(NAMED_PROBLEMS)) {
            checks = checks.require(false, "uprns[" + e.index() + "]", e.where() + ": \"" + shown(e.uprn())
                    + "\" is not a UPRN (a UPRN is up to 12 digits, nothing else).");
        }
        if (bad.size() > NAMED_PROBLEMS) {
            checks = checks.require(false, "uprns", "and " + (bad.size() - NAMED_PROBLEMS) + " more entries that"
                    + " are not UPRNs.");
        }
        LinkedHashSet<String> distinct = LinkedHashSet.ofAll(given.uprns().map(GivenProperties.Entry::uprn));
        checks = checks.require(distinct.size() <= MAX_PROPERTIES, "uprns", "A contractor's work may name at most "
                + MAX_PROPERTIES + " properties; " + distinct.size() + " different ones were given.");
        return checks.passed() ? Either.right(Option.some(distinct.toList().map(Uprn::new)))
                : Either.left(new Refusal(checks.problems()));
    }

    private static String shown(String given) {
        return given.length() > 20 ? given.substring(0, 20) + "…" : given;
    }

    private static String counted(Option<Integer> properties) {
        return properties.map(n -> n == 1 ? "1 property" : n + " properties").getOrElse("not limited");
    }
}
