package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery.SafeVisit;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.in.WorkPropertiesUseCase.GivenProperties;
import org.uca.application.port.in.WorkPropertiesUseCase.PropertiesOfWork;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Refusal;

/**
 * Issue 14 §1: a contractor's account, or a contractor's system, "limited to this one question (and to the
 * properties of that contractor's work where the landlord sets that up)".
 */
class PropertiesOfTheWorkTest {

    private static final StaffId ADMIN = StaffRoles.ADMINISTRATOR.id();
    private static final StaffId CODY = StaffRoles.CONTRACTOR.id();
    private static final ResidentId CAL = new ResidentId("R-3001");
    private static final ResidentId DEE = new ResidentId("R-3002");
    private static final String CALS_HOME = "100000000011";
    private static final String DEES_HOME = "100000000012";

    private final Testbed bed = new Testbed();
    private final WorkPropertiesUseCase work = bed.app.workProperties();

    PropertiesOfTheWorkTest() {
        bed.uca.residents.add(resident(CAL, "Cal Reyes", CALS_HOME));
        bed.uca.residents.add(resident(DEE, "Dee Ahmed", DEES_HOME));
    }

    private static Resident resident(ResidentId id, String name, String uprn) {
        return new Resident(id, name, List.of("1 Mill Lane"), "LS1 4AB", Option.some(uprn), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none());
    }

    private static GivenProperties limitedTo(String... uprns) {
        return GivenProperties.listed(true, List.of(uprns));
    }

    private Seq<AuditLog.Entry> refusedLookUps(StaffId who) {
        return bed.uca.audit.all().filter(e -> e.who().equals(who) && e.outcome() == AuditLog.Outcome.NOT_PERMITTED
                && e.command().equals(Task.SAFE_VISIT.description()));
    }

    private static String refusal(Either<Failure, ?> outcome) {
        assertThat(outcome.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        return outcome.getLeft().message();
    }

    @Nested
    class AContractorsAccount {

        @Test
        @DisplayName("a contractor limited to the properties of their work is refused any other property, and the"
                + " refusal is audited")
        void refusedOutsideTheirWorkAndAudited() {
            assertThat(work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo(CALS_HOME)).isRight())
                    .isTrue();

            assertThat(bed.app.safeVisit().atProperty(CODY, CALS_HOME).isRight()).isTrue();
            assertThat(refusal(bed.app.safeVisit().atProperty(CODY, DEES_HOME))).isEqualTo("Property " + DEES_HOME
                    + " is not one of the properties of your work; ask the landlord to add it.");
            assertThat(refusedLookUps(CODY)).hasSize(1);
            assertThat(refusedLookUps(CODY).head().why()).contains(DEES_HOME);
            assertThat(bed.uca.access.all()).as("no look was logged for the refused property")
                    .noneMatch(a -> a.what().contains(DEES_HOME));
        }

        @Test
        @DisplayName("a limited contractor cannot learn whether a property or a resident outside their work exists")
        void cannotLearnWhatIsOutsideTheirWork() {
            work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo(CALS_HOME)).get();

            Either<Failure, SafeVisit> someonesHome = bed.app.safeVisit().atProperty(CODY, DEES_HOME);
            Either<Failure, SafeVisit> nobodysHome = bed.app.safeVisit().atProperty(CODY, "999999999999");
            assertThat(nobodysHome.getLeft()).isInstanceOf(someonesHome.getLeft().getClass());
            assertThat(refusal(nobodysHome).replace("999999999999", "X"))
                    .isEqualTo(refusal(someonesHome).replace(DEES_HOME, "X"));

            Either<Failure, SafeVisit> known = bed.app.safeVisit().forResident(CODY, DEE);
            Either<Failure, SafeVisit> unknown = bed.app.safeVisit().forResident(CODY, new ResidentId("R-9999"));
            assertThat(refusal(unknown).replace("R-9999", "X")).isEqualTo(refusal(known).replace("R-3002", "X"))
                    .contains("not at one of the properties of your work");
            assertThat(refusedLookUps(CODY)).hasSize(4);
        }

        @Test
        @DisplayName("a limited contractor may ask by resident only while the housing system has the resident at one"
                + " of the properties of their work")
        void byResidentOnlyAtTheirProperties() {
            work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo(CALS_HOME)).get();
            assertThat(bed.app.safeVisit().forResident(CODY, CAL).isRight()).isTrue();
            assertThat(refusal(bed.app.safeVisit().forResident(CODY, Testbed.ALEX))).as("no UPRN known")
                    .contains("Resident R-1001");

            bed.uca.residents.add(resident(CAL, "Cal Reyes", DEES_HOME));
            assertThat(refusal(bed.app.safeVisit().forResident(CODY, CAL))).as("moved away from the work")
                    .contains("Resident R-3001 is not at one of the properties of your work");
        }

        @Test
        @DisplayName("not limited is every property (as before); limited to an empty list is no property at all")
        void notLimitedAndNoneAreDifferent() {
            assertThat(work.propertiesOfContractorAccount(ADMIN, CODY).get().limited()).isFalse();
            assertThat(bed.app.safeVisit().atProperty(CODY, DEES_HOME).isRight()).isTrue();
            assertThat(work.howManyPropertiesOfMyWork(CODY).get()).isEmpty();

            work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo()).get();
            assertThat(work.propertiesOfContractorAccount(ADMIN, CODY).get().properties()).contains(List.empty());
            assertThat(work.howManyPropertiesOfMyWork(CODY).get()).contains(0);
            assertThat(refusal(bed.app.safeVisit().atProperty(CODY, CALS_HOME))).contains("not one of");

            work.setPropertiesOfContractorAccount(ADMIN, CODY, GivenProperties.listed(false, List.empty())).get();
            assertThat(bed.app.safeVisit().atProperty(CODY, CALS_HOME).isRight()).isTrue();
        }

        @Test
        @DisplayName("setting the properties replaces the whole list, folds duplicates, and is audited with who, when"
                + " and the counts before and after")
        void replacedWholeAndAudited() {
            work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo(CALS_HOME, DEES_HOME)).get();
            PropertiesOfWork after = work.setPropertiesOfContractorAccount(ADMIN, CODY,
                    limitedTo("100000000013", " 100000000014 ", "100000000013")).get();

            assertThat(after.properties().get().map(Uprn::value)).containsExactly("100000000013", "100000000014");
            assertThat(work.propertiesOfContractorAccount(ADMIN, CODY).get()).isEqualTo(after);
            AuditLog.Entry audited = bed.uca.audit.all().last();
            assertThat(audited.who()).isEqualTo(ADMIN);
            assertThat(audited.at()).isEqualTo(bed.clock.now());
            assertThat(audited.command()).isEqualTo(Task.MANAGE_STAFF.description());
            assertThat(audited.why()).isEqualTo("set the properties of the work of contractor contractor-cody (Cody"
                    + " Banks): before 2 properties; after 2 properties");
            assertThat(bed.uca.audit.all().map(AuditLog.Entry::why)).contains("set the properties of the work of"
                    + " contractor contractor-cody (Cody Banks): before not limited; after 2 properties");
        }

        @Test
        @DisplayName("only a contractor's account can be limited: any other member of staff is refused, clearly")
        void onlyAContractor() {
            var refused = work.setPropertiesOfContractorAccount(ADMIN, Staff.OFFICER.id(), limitedTo(CALS_HOME));
            assertThat(refused.getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(refused.getLeft().message()).contains("Only a contractor's account").contains("an officer");
            assertThat(work.setPropertiesOfContractorAccount(ADMIN, new StaffId("nobody"), limitedTo(CALS_HOME))
                    .getLeft()).isInstanceOf(Failure.NotFound.class);
        }
    }

    @Nested
    class AContractorsSystem {

        private MachineClient client(Scope scope) {
            var created = bed.app.manageMachineCredentials().createMachineCredential(ADMIN, "Repairs Ltd", scope)
                    .get().credential();
            return new MachineClient(created.id(), created.name(), created.scope());
        }

        @Test
        @DisplayName("a contractor's system limited to the properties of its work is refused any other property or"
                + " resident, without learning whether it exists, and the refusal is audited")
        void refusedOutsideItsWorkAndAudited() {
            MachineClient repairs = client(Scope.SAFE_VISIT);
            work.setPropertiesOfContractorSystem(ADMIN, repairs.id(), limitedTo(CALS_HOME)).get();

            assertThat(bed.app.safeVisit().atProperty(repairs, CALS_HOME).isRight()).isTrue();
            assertThat(bed.app.safeVisit().forResident(repairs, CAL).isRight()).isTrue();
            assertThat(refusal(bed.app.safeVisit().atProperty(repairs, DEES_HOME))).contains("not one of the"
                    + " properties of your work");
            assertThat(refusal(bed.app.safeVisit().atProperty(repairs, "999999999999"))).contains("not one of");
            assertThat(refusal(bed.app.safeVisit().forResident(repairs, DEE))).contains("not at one of");
            assertThat(refusedLookUps(repairs.auditedAs())).hasSize(3);
            assertThat(bed.app.safeVisit().atProperty(client(Scope.SAFE_VISIT), DEES_HOME).isRight())
                    .as("another, not limited").isTrue();
        }

        @Test
        @DisplayName("only a safe-visit credential can be limited: a resident sync credential is refused, clearly")
        void onlyASafeVisitCredential() {
            MachineClient sync = client(Scope.RESIDENT_SYNC);
            var refused = work.setPropertiesOfContractorSystem(ADMIN, sync.id(), limitedTo(CALS_HOME));
            assertThat(refused.getLeft().message()).contains("Only a safe-visit machine credential")
                    .contains("resident sync");
            assertThat(work.propertiesOfContractorSystem(ADMIN, "0123456789abcdef").getLeft())
                    .isInstanceOf(Failure.NotFound.class);
        }
    }

    @Nested
    class BadInput {

        private Refusal refused(GivenProperties given) {
            var outcome = work.setPropertiesOfContractorAccount(ADMIN, CODY, given);
            assertThat(outcome.getLeft()).isInstanceOf(Failure.Refused.class);
            return ((Failure.Refused) outcome.getLeft()).refusal();
        }

        @Test
        @DisplayName("every entry that is not a UPRN is named by its line, and nothing is saved")
        void badUprnsByLine() {
            work.setPropertiesOfContractorAccount(ADMIN, CODY, limitedTo(CALS_HOME)).get();
            Refusal refusal = refused(GivenProperties.typed(true, CALS_HOME + "\n\n12a, 100000000014\n"
                    + "1234567890123"));

            assertThat(refusal.problems().map(Refusal.Problem::field)).containsExactly("uprns[1]", "uprns[3]");
            assertThat(refusal.problems().map(Refusal.Problem::reason)).containsExactly(
                    "Line 3: \"12a\" is not a UPRN (a UPRN is up to 12 digits, nothing else).",
                    "Line 4: \"1234567890123\" is not a UPRN (a UPRN is up to 12 digits, nothing else).");
            assertThat(work.propertiesOfContractorAccount(ADMIN, CODY).get().properties().get().map(Uprn::value))
                    .as("nothing half-saved").containsExactly(CALS_HOME);
        }

        @Test
        @DisplayName("more than " + WorkPropertiesUseCase.MAX_PROPERTIES + " different properties are refused, naming"
                + " the field; that many is accepted")
        void atMostTheMaximum() {
            Seq<String> most = List.range(0, WorkPropertiesUseCase.MAX_PROPERTIES).map(i -> "2" + i);
            assertThat(work.setPropertiesOfContractorAccount(ADMIN, CODY, GivenProperties.listed(true,
                    most.append("2" + 1))).get().properties().get()).hasSize(WorkPropertiesUseCase.MAX_PROPERTIES);

            Refusal refusal = refused(GivenProperties.listed(true, most.append("3")));
            assertThat(refusal.problems().map(Refusal.Problem::field)).containsExactly("uprns");
            assertThat(refusal.message()).contains("at most 50000 properties; 50001 different ones");
        }

        @Test
        @DisplayName("\"not limited\" with properties given is refused: the two cannot both be meant")
        void notLimitedWithAList() {
            assertThat(refused(GivenProperties.listed(false, List.of(CALS_HOME))).problems()
                    .map(Refusal.Problem::field)).containsExactly("uprns");
        }
    }
}
