package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.application.inmemory.InMemoryCredentials;
import org.uca.application.port.in.AccountRecoveryUseCase;
import org.uca.application.port.in.ChangePasswordUseCase.ChangePassword;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageAccountsUseCase.AccountChange;
import org.uca.application.port.in.ManageAccountsUseCase.CreateAccount;
import org.uca.application.port.in.ManageAccountsUseCase.LinkIssued;
import org.uca.application.port.in.ManageStaffUseCase.AddStaff;
import org.uca.application.port.in.ManageStaffUseCase.Details;
import org.uca.application.port.in.ManageStaffUseCase.EditStaff;
import org.uca.application.port.in.ManageStaffUseCase.MarkAsLeft;
import org.uca.application.port.in.SetPasswordFromLinkUseCase.SetPassword;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.UkTime;

/** Staff and accounts kept by administrators (issue 11, points 2 and 3), on the in-memory application. */
class StaffAndAccountsTest {

    private static final String GOOD_PASSWORD = "correct horse battery staple";
    private static final StaffId ADMIN = StaffRoles.ADMINISTRATOR.id();

    private final Testbed bed = new Testbed();
    private final InMemoryCredentials credentials = new InMemoryCredentials();

    StaffAndAccountsTest() {
        bed.uca.staff.addAccount("ann", credentials.hash(GOOD_PASSWORD), StaffRoles.ADMINISTRATOR,
                Role.ADMINISTRATOR);
    }

    private static Details details(String name) {
        return new Details(name, name.toLowerCase().replace(' ', '.') + "@example.org", "Housing",
                "Housing Officer", AuthorityLevel.NONE);
    }

    private StaffRecord added(String name) {
        return bed.app.manageStaff().addStaff(new AddStaff(ADMIN, details(name))).get();
    }

    private LinkIssued account(StaffRecord who, String username, Role role) {
        return bed.app.manageAccounts().createAccount(new CreateAccount(ADMIN, who.member().id(), username, role))
                .get();
    }

    private Either<Failure, String> setPassword(LinkIssued link, String password) {
        return bed.app.setPasswordFromLink().setPassword(new SetPassword(link.token(), password, password));
    }

    private AuditLog.Entry lastAudit() {
        return bed.uca.audit.all().last();
    }

    @Nested
    class TheStaffDirectory {

        @Test
        @DisplayName("an administrator adds a member of staff; the change is audited with the record as saved")
        void addStaff() {
            StaffRecord nia = added("Nia Evans");

            assertThat(bed.app.manageStaff().staffRecord(ADMIN, nia.member().id()).get()).isEqualTo(nia);
            assertThat(nia.role()).isEmpty();
            assertThat(lastAudit().who()).isEqualTo(ADMIN);
            assertThat(lastAudit().command()).isEqualTo("manage the staff directory");
            assertThat(lastAudit().why()).contains("name=Nia Evans", "email=nia.evans@example.org");
        }

        @Test
        @DisplayName("bad input gets a clear error for each field and changes nothing")
        void badInputChangesNothing() {
            long before = bed.uca.staff.all().size();
            var refused = bed.app.manageStaff().addStaff(new AddStaff(ADMIN, new Details(" ", "not an email",
                    "", "x".repeat(201), AuthorityLevel.NONE)));

            assertThat(refused.getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(((Failure.Refused) refused.getLeft()).refusal().problems().map(p -> p.field()))
                    .containsExactlyInAnyOrder("name", "team", "jobTitle", "email");
            assertThat(bed.uca.staff.all().size()).isEqualTo(before);
            assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
        }

        @Test
        @DisplayName("an edit is audited with the record before and after")
        void editIsAuditedBeforeAndAfter() {
            StaffRecord nia = added("Nia Evans");
            Details promoted = new Details("Nia Evans", "nia@example.org", "Tenancy", "Service Manager",
                    AuthorityLevel.SERVICE_MANAGER);

            StaffRecord after = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, nia.member().id(), promoted,
                    Option.none())).get();

            assertThat(after.member().authority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
            assertThat(lastAudit().why()).contains("before {name=Nia Evans, email=nia.evans@example.org",
                    "after {name=Nia Evans, email=nia@example.org, team=Tenancy", "authority=SERVICE_MANAGER");
        }

        @Test
        @DisplayName("nobody changes their own role or authority level")
        void nobodyChangesTheirOwnRoleOrLevel() {
            StaffRecord me = bed.app.manageStaff().staffRecord(ADMIN, ADMIN).get();
            Details higher = new Details(me.member().name(), "ann@example.org", me.member().team(), "",
                    AuthorityLevel.DIRECTOR);

            var level = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, ADMIN, higher, me.role()));
            var role = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, ADMIN, new Details(me.member().name(),
                    "ann@example.org", me.member().team(), "", AuthorityLevel.NONE), Option.some(Role.DIRECTOR)));

            assertThat(level.getLeft().message()).contains("authority: You cannot change your own authority level");
            assertThat(role.getLeft().message()).contains("role: You cannot change your own role");
            assertThat(bed.uca.staff.find(ADMIN).get().role()).contains(Role.ADMINISTRATOR);
        }

        @Test
        @DisplayName("someone marked as left loses their role and their account is disabled at once")
        void markedAsLeft() {
            StaffRecord nia = added("Nia Evans");
            setPassword(account(nia, "nia", Role.OFFICER), GOOD_PASSWORD);

            bed.app.manageStaff().markAsLeft(new MarkAsLeft(ADMIN, nia.member().id(),
                    UkTime.dateOf(bed.clock.now()))).get();

            assertThat(bed.uca.staff.find(nia.member().id()).get().role()).isEmpty();
            assertThat(bed.uca.staff.account("nia").get().disabled()).isTrue();
            assertThat(bed.app.contactGuidance().guidanceFor(nia.member().id(), Testbed.ALEX).getLeft())
                    .isInstanceOf(Failure.NotPermitted.class);
        }

        @Test
        @DisplayName("the list is searchable and paginated, by name")
        void searchAndPages() {
            for (int i = 1; i <= 30; i++) {
                added(String.format("Zed Tester %02d", i));
            }
            var first = bed.app.manageStaff().findStaff(ADMIN, "zed tester", 1).get();
            var second = bed.app.manageStaff().findStaff(ADMIN, "ZED TESTER", 2).get();

            assertThat(first.total()).isEqualTo(30);
            assertThat(first.items()).hasSize(25);
            assertThat(first.items().head().member().name()).isEqualTo("Zed Tester 01");
            assertThat(second.items().map(r -> r.member().name())).containsExactly("Zed Tester 26",
                    "Zed Tester 27", "Zed Tester 28", "Zed Tester 29", "Zed Tester 30");
            assertThat(first.hasNext()).isTrue();
            assertThat(second.hasNext()).isFalse();
        }
    }

    @Nested
    class Accounts {

        @Test
        @DisplayName("a new account signs in only after its holder sets a password from the one-time link, which"
                + " works once")
        void oneTimeLink() {
            StaffRecord nia = added("Nia Evans");
            LinkIssued link = account(nia, "Nia", Role.OFFICER);

            assertThat(link.username()).isEqualTo("nia");
            assertThat(bed.uca.staff.passwordHash("nia")).isEmpty();
            assertThat(bed.app.setPasswordFromLink().linkFor(link.token()).get()).isEqualTo("nia");
            assertThat(setPassword(link, GOOD_PASSWORD).get()).isEqualTo("nia");

            assertThat(credentials.matches(GOOD_PASSWORD, bed.uca.staff.passwordHash("nia").get())).isTrue();
            assertThat(setPassword(link, "another long password").getLeft()).isInstanceOf(Failure.NotFound.class);
            assertThat(bed.app.setPasswordFromLink().linkFor(link.token()).isLeft()).isTrue();
        }

        @Test
        @DisplayName("only the link token's hash is stored, the token has at least 256 bits, and it expires after"
                + " 72 hours")
        void linkTokenHashedAndExpiring() {
            LinkIssued link = account(added("Nia Evans"), "nia", Role.OFFICER);

            assertThat(link.token().length()).isGreaterThanOrEqualTo(43); // 32 random bytes, base64url
            assertThat(bed.uca.staff.byLink(link.token(), bed.clock.now())).isEmpty();
            assertThat(link.expiresAt()).isEqualTo(bed.clock.now().plus(Duration.ofHours(72)));
            bed.clock.advance(Duration.ofHours(72));
            assertThat(setPassword(link, GOOD_PASSWORD).getLeft().message()).contains("has expired");
        }

        @Test
        @DisplayName("a reset gives a new link and the old password stops working; the old link too")
        void reset() {
            StaffRecord nia = added("Nia Evans");
            LinkIssued first = account(nia, "nia", Role.OFFICER);
            setPassword(first, GOOD_PASSWORD).get();

            LinkIssued second = bed.app.manageAccounts().resetAccount(new AccountChange(ADMIN, "nia")).get();

            assertThat(bed.uca.staff.passwordHash("nia")).isEmpty();
            assertThat(second.token()).isNotEqualTo(first.token());
            assertThat(lastAudit().why()).contains("before active", "password set", "after password not set");
            assertThat(setPassword(second, "a different long password").isRight()).isTrue();
        }

        @Test
        @DisplayName("a disabled account's holder may not use UCA; the change is audited with before and after")
        void disable() {
            StaffRecord nia = added("Nia Evans");
            setPassword(account(nia, "nia", Role.OFFICER), GOOD_PASSWORD);

            var disabled = bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "nia")).get();

            assertThat(disabled.disabled()).isTrue();
            assertThat(lastAudit().why()).contains("before active", "after disabled");
            assertThat(bed.app.contactGuidance().guidanceFor(nia.member().id(), Testbed.ALEX).getLeft())
                    .isInstanceOf(Failure.NotPermitted.class);
        }

        @Test
        @DisplayName("the last active administrator cannot be disabled; one of two can")
        void lastAdministrator() {
            var alone = bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "ann"));
            assertThat(alone.getLeft().message()).contains("last active administrator");
            assertThat(bed.uca.staff.account("ann").get().disabled()).isFalse();

            StaffRecord bo = added("Bo Admin");
            setPassword(account(bo, "bo.admin", Role.ADMINISTRATOR), GOOD_PASSWORD);
            assertThat(bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "bo.admin")).isRight())
                    .isTrue();
            assertThat(bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "ann")).isLeft()).isTrue();
        }

        @Test
        @DisplayName("unlock sets the failed sign-ins back to 0, audited with before and after")
        void unlock() {
            StaffRecord nia = added("Nia Evans");
            account(nia, "nia", Role.OFFICER);
            bed.uca.staff.failedSignIn("nia");
            bed.uca.staff.failedSignIn("nia");

            assertThat(bed.app.manageAccounts().unlockAccount(new AccountChange(ADMIN, "nia")).get()
                    .failedSignIns()).isZero();
            assertThat(bed.uca.staff.account("nia").get().failedSignIns()).isZero();
            assertThat(lastAudit().why()).contains("before active", "2 failed sign-ins", "0 failed sign-ins");
        }

        @Test
        @DisplayName("a username is taken once, and a member of staff has one account")
        void oneAccountEach() {
            StaffRecord nia = added("Nia Evans");
            account(nia, "nia", Role.OFFICER);

            var again = bed.app.manageAccounts().createAccount(new CreateAccount(ADMIN, nia.member().id(), "nia2",
                    Role.OFFICER));
            var taken = bed.app.manageAccounts().createAccount(new CreateAccount(ADMIN, added("Nia Other").member()
                    .id(), "NIA", Role.OFFICER));

            assertThat(again.getLeft().message()).contains("already has a sign-in account");
            assertThat(taken.getLeft().message()).contains("already an account with this username");
        }
    }

    @Nested
    class ThePasswordPolicy {

        private Either<Failure, String> tryPassword(String password) {
            return setPassword(account(added("Nia Evans"), "nia", Role.OFFICER), password);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"short pass1", "password1234", "PassWord1234", "nia"})
        @DisplayName("OWASP ASVS 2.1.1 and 2.1.7: fewer than 12 characters, a common password or the username is"
                + " refused")
        void refused(String password) {
            assertThat(tryPassword(password).getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(bed.uca.staff.passwordHash("nia")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"alllowercaseletters", "twelve chars", "ünïcödé wörds ok", "1234 5678 9012 3456"})
        @DisplayName("OWASP ASVS 2.1.9 / NCSC: no composition rules; spaces and any script are fine")
        void noCompositionRules(String password) {
            assertThat(tryPassword(password).isRight()).as(password).isTrue();
        }

        @Test
        @DisplayName("OWASP ASVS 2.1.2: up to 128 characters are accepted, 129 refused")
        void upTo128() {
            assertThat(tryPassword("a".repeat(129)).getLeft().message()).contains("at most 128");
            assertThat(setPassword(account(added("Bo Evans"), "bo.evans", Role.OFFICER), "a".repeat(128)).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("people change their own password, giving the current one first")
        void changeOwnPassword() {
            var wrong = bed.app.changePassword().changePassword(new ChangePassword(ADMIN, "not it",
                    "a brand new passphrase", "a brand new passphrase"));
            var changed = bed.app.changePassword().changePassword(new ChangePassword(ADMIN, GOOD_PASSWORD,
                    "a brand new passphrase", "a brand new passphrase"));

            assertThat(wrong.getLeft().message()).contains("currentPassword");
            assertThat(changed.get()).isEqualTo("ann");
            assertThat(credentials.matches("a brand new passphrase", bed.uca.staff.passwordHash("ann").get()))
                    .isTrue();
        }

        @Test
        @DisplayName("the new password must be typed the same twice")
        void confirmation() {
            var result = bed.app.setPasswordFromLink().setPassword(new SetPassword(account(added("Nia Evans"), "nia",
                    Role.OFFICER).token(), GOOD_PASSWORD, GOOD_PASSWORD + "!"));
            assertThat(result.getLeft().message()).contains("confirmation");
        }
    }

    @Nested
    class TheFirstAdministrator {

        private final Testbed empty = new Testbed();

        private Either<Failure, ?> create(Testbed where, String username, String password) {
            return where.app.accountRecovery().createFirstAdministrator(
                    new AccountRecoveryUseCase.FirstAdministrator(username, "Pat Admin", "", password, password));
        }

        @Test
        @DisplayName("on a store with no active administrator, the command line creates one, audited as the"
                + " system")
        void createdWhenNone() {
            assertThat(create(empty, "pat", GOOD_PASSWORD).isRight()).isTrue();

            var account = empty.uca.staff.account("pat").get();
            assertThat(account.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(account.passwordSet()).isTrue();
            assertThat(empty.uca.staff.activeAdministrators()).isEqualTo(1);
            assertThat(empty.uca.audit.all().last().who().value()).isEqualTo("system:cli");
        }

        @Test
        @DisplayName("refused while an active administrator exists: they use the app")
        void refusedWhenOneExists() {
            assertThat(create(bed, "pat", GOOD_PASSWORD).getLeft().message()).contains("already an active"
                    + " administrator");
        }

        @Test
        @DisplayName("the password policy applies")
        void passwordPolicyApplies() {
            assertThat(create(empty, "pat", "password1234").getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(empty.uca.staff.account("pat")).isEmpty();
        }

        @Test
        @DisplayName("the command line disables and unlocks accounts, but never the last active administrator")
        void recovery() {
            assertThat(bed.app.accountRecovery().disableAccount("ann").getLeft().message())
                    .contains("last active administrator");
            assertThat(bed.app.accountRecovery().unlockAccount("ann").isRight()).isTrue();
            assertThat(bed.app.accountRecovery().listAccounts("", 1).get().items().map(l -> l.account().username()))
                    .contains("ann");
        }
    }

    @Test
    @DisplayName("an officer cannot manage staff: not permitted, audited")
    void officerCannotManage() {
        var result = bed.app.manageStaff().addStaff(new AddStaff(Staff.OFFICER.id(), details("Nia Evans")));
        assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
    }
}
