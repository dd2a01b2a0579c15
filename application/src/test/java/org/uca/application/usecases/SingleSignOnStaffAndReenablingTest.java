package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.application.inmemory.InMemoryCredentials;
import org.uca.application.port.in.ChangePasswordUseCase.ChangePassword;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageAccountsUseCase.AccountChange;
import org.uca.application.port.in.ManageStaffUseCase.Details;
import org.uca.application.port.in.ManageStaffUseCase.EditStaff;
import org.uca.application.port.in.ManageStaffUseCase.MarkAsLeft;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/**
 * Staff whose role and authority level come from single sign-on, and enabling a disabled account again (issue 11,
 * the reviewer's gaps), on the in-memory application.
 */
class SingleSignOnStaffAndReenablingTest {

    private static final String GOOD_PASSWORD = "correct horse battery staple";
    private static final StaffId ADMIN = StaffRoles.ADMINISTRATOR.id();
    private static final String ISSUER = "https://login.example.org/tenant/v2.0";
    private static final StaffMember SAM = new StaffMember(new StaffId("sso-sam"), "Sam Singh", "Not recorded",
            AuthorityLevel.SERVICE_MANAGER);

    private final Testbed bed = new Testbed();
    private final InMemoryCredentials credentials = new InMemoryCredentials();

    SingleSignOnStaffAndReenablingTest() {
        bed.uca.staff.addAccount("ann", credentials.hash(GOOD_PASSWORD), StaffRoles.ADMINISTRATOR,
                Role.ADMINISTRATOR);
        bed.uca.staff.addAccount("sam.singh", "!single-sign-on", SAM, Role.SERVICE_MANAGER)
                .linkToSingleSignOn(SAM.id(), ISSUER);
    }

    private StaffRecord sam() {
        return bed.app.manageStaff().staffRecord(ADMIN, SAM.id()).get();
    }

    private AuditLog.Entry lastAudit() {
        return bed.uca.audit.all().last();
    }

    @Nested
    class RoleAndLevelFromSingleSignOn {

        @Test
        @DisplayName("the staff record says the person is linked to single sign-on, and through which provider")
        void recordSaysLinked() {
            assertThat(sam().roleFromSingleSignOn()).isTrue();
            assertThat(sam().singleSignOn()).contains(ISSUER);
            assertThat(bed.app.manageStaff().staffRecord(ADMIN, ADMIN).get().roleFromSingleSignOn()).isFalse();
        }

        @Test
        @DisplayName("an edit that changes an SSO-linked person's role and level is refused on each field; nothing"
                + " is saved, and the refusal is audited")
        void roleAndLevelRefused() {
            var result = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, SAM.id(), new Details("Sam Singh",
                    "sam@example.org", "Tenancy", "Manager", AuthorityLevel.DIRECTOR), Option.some(Role.DIRECTOR)));

            assertThat(((Failure.Refused) result.getLeft()).refusal().problems().map(p -> p.field()))
                    .containsExactlyInAnyOrder("authority", "role");
            assertThat(result.getLeft().message()).contains("single sign-on", "identity provider");
            assertThat(sam().member()).isEqualTo(SAM);
            assertThat(sam().role()).contains(Role.SERVICE_MANAGER);
            assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
        }

        @Test
        @DisplayName("a change of level alone is refused on the level; a change of role alone on the role")
        void eachChangedFieldNamed() {
            var level = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, SAM.id(), new Details("Sam Singh",
                    "sam@example.org", "Not recorded", "", AuthorityLevel.NONE), Option.some(Role.SERVICE_MANAGER)));
            var role = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, SAM.id(), new Details("Sam Singh",
                    "sam@example.org", "Not recorded", "", AuthorityLevel.SERVICE_MANAGER), Option.some(Role.OFFICER)));

            assertThat(((Failure.Refused) level.getLeft()).refusal().problems().map(p -> p.field()))
                    .containsExactly("authority");
            assertThat(((Failure.Refused) role.getLeft()).refusal().problems().map(p -> p.field()))
                    .containsExactly("role");
        }

        @Test
        @DisplayName("team, job title and email stay editable, audited before and after; the link is kept")
        void otherFieldsEditable() {
            StaffRecord saved = bed.app.manageStaff().editStaff(new EditStaff(ADMIN, SAM.id(), new Details(
                    "Sam Singh", "sam.singh@example.org", "Tenancy Services", "Tenancy Manager",
                    AuthorityLevel.SERVICE_MANAGER), Option.some(Role.SERVICE_MANAGER))).get();

            assertThat(saved.member().team()).isEqualTo("Tenancy Services");
            assertThat(sam().email()).isEqualTo("sam.singh@example.org");
            assertThat(sam().jobTitle()).isEqualTo("Tenancy Manager");
            assertThat(sam().roleFromSingleSignOn()).isTrue();
            assertThat(lastAudit().why()).contains("before {name=Sam Singh", "team=Not recorded",
                    "after {name=Sam Singh", "team=Tenancy Services");
        }

        @Test
        @DisplayName("someone who signs in with single sign-on has no UCA password to change: not permitted, audited")
        void noPasswordToChange() {
            var result = bed.app.changePassword().changePassword(new ChangePassword(SAM.id(), "!single-sign-on",
                    "a brand new passphrase", "a brand new passphrase"));

            assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
            assertThat(result.getLeft().message()).contains("single sign-on");
            assertThat(bed.uca.staff.passwordHash("sam.singh")).contains("!single-sign-on");
            assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
        }
    }

    @Test
    @DisplayName("an administrator cannot give someone who signs in by single sign-on a UCA password (a reset link):"
            + " it would let them in past the provider; refused, no link issued")
    void noResetLinkForSingleSignOn() {
        var result = bed.app.manageAccounts().resetAccount(new AccountChange(ADMIN, "sam.singh"));

        assertThat(((Failure.Refused) result.getLeft()).refusal().problems().map(p -> p.field()))
                .containsExactly("username");
        assertThat(result.getLeft().message()).contains("single sign-on");
        assertThat(bed.uca.staff.passwordHash("sam.singh")).contains("!single-sign-on");
        assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
    }

    @Nested
    class EnablingAgain {

        @Test
        @DisplayName("a disabled account is enabled again: its holder may use UCA; audited with before and after")
        void enabled() {
            bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "sam.singh")).get();
            assertThat(bed.uca.staff.find(SAM.id()).get().role()).isEmpty();

            var enabled = bed.app.manageAccounts().enableAccount(new AccountChange(ADMIN, "sam.singh")).get();

            assertThat(enabled.disabled()).isFalse();
            assertThat(bed.uca.staff.account("sam.singh").get().disabled()).isFalse();
            assertThat(bed.uca.staff.find(SAM.id()).get().role()).contains(Role.SERVICE_MANAGER);
            assertThat(lastAudit().who()).isEqualTo(ADMIN);
            assertThat(lastAudit().why()).contains("enabled account sam.singh", "before disabled", "after active",
                    "stay ended");
        }

        @Test
        @DisplayName("the sessions the account had are not brought back: the store is told to keep them ended")
        void sessionsStayEnded() {
            java.util.List<StaffId> told = new java.util.ArrayList<>();
            bed.uca.staff.whenEnabled(told::add);
            bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "sam.singh")).get();

            bed.app.manageAccounts().enableAccount(new AccountChange(ADMIN, "sam.singh")).get();

            assertThat(told).containsExactly(SAM.id());
        }

        @Test
        @DisplayName("an account that is not disabled is not enabled: refused, changes nothing")
        void notDisabled() {
            var result = bed.app.manageAccounts().enableAccount(new AccountChange(ADMIN, "sam.singh"));

            assertThat(result.getLeft().message()).contains("username: This account is not disabled");
            assertThat(lastAudit().outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
        }

        @Test
        @DisplayName("someone who has left is not enabled again: refused with the date they left")
        void leftStaysDisabled() {
            bed.app.manageStaff().markAsLeft(new MarkAsLeft(ADMIN, SAM.id(), UkTime.dateOf(bed.clock.now()))).get();

            var result = bed.app.manageAccounts().enableAccount(new AccountChange(ADMIN, "sam.singh"));

            assertThat(result.getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(result.getLeft().message()).contains("has left", UkTime.dateOf(bed.clock.now()).toString());
            assertThat(bed.uca.staff.account("sam.singh").get().disabled()).isTrue();
        }

        @Test
        @DisplayName("the command line enables an account again, audited as the system; not someone who has left")
        void fromTheCommandLine() {
            bed.app.accountRecovery().disableAccount("sam.singh").get();

            assertThat(bed.app.accountRecovery().enableAccount("sam.singh").get().disabled()).isFalse();
            assertThat(lastAudit().who().value()).isEqualTo("system:cli");
            assertThat(bed.app.accountRecovery().enableAccount("nobody").getLeft())
                    .isInstanceOf(Failure.NotFound.class);
        }

        @Test
        @DisplayName("an officer cannot enable an account: not permitted, audited")
        void officerCannot() {
            bed.app.manageAccounts().disableAccount(new AccountChange(ADMIN, "sam.singh")).get();

            var result = bed.app.manageAccounts().enableAccount(new AccountChange(
                    org.uca.domain.fixtures.Staff.OFFICER.id(), "sam.singh"));

            assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
            assertThat(bed.uca.staff.account("sam.singh").get().disabled()).isTrue();
        }
    }
}
