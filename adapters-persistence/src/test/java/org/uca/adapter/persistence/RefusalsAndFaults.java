package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.application.service.UcaApplication;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;

/**
 * Bad input and faults: a value the store cannot keep is a clear refusal naming the field (never SQL), a change that
 * fails half-way leaves nothing behind, and concurrent changes are each kept or refused as conflicts, never lost.
 */
abstract class RefusalsAndFaults extends OnADatabase {

    private static void noSqlIn(Throwable e) {
        assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("insert", "update ", "select", "constraint", "sqlstate", "violation", "jdbc");
    }

    @Test
    @DisplayName("a name too long for the directory is refused with its field and a plain reason")
    void tooLong() {
        assertThatThrownBy(() -> db.database.saveResident(new Resident(new ResidentId("R-9001"), "N".repeat(201),
                "1 High Street")))
                .isInstanceOfSatisfying(StoredValueRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("at most 200 characters");
                    noSqlIn(e);
                });
        assertThat(ports.residents().find(new ResidentId("R-9001"))).isEmpty();
    }

    @Test
    @DisplayName("a resident reference too long to store is refused when the case is saved, naming the field")
    void referenceTooLong() {
        Case opened = Fixtures.after(Case.open(ports.cases().nextId(), new ResidentId("R-" + "9".repeat(80)))
                .recordActions(List.of(Reports.verbalAbuse(clock.now())), Staff.OFFICER, clock.now()));
        assertThatThrownBy(() -> ports.cases().save(opened, 0))
                .isInstanceOfSatisfying(StoredValueRejected.class, e -> assertThat(e.field()).isEqualTo("resident"));
        assertThat(db.rows("uca_case")).isZero();
    }

    @Test
    @DisplayName("a member of staff has one sign-in account: a second is refused as a duplicate, in plain words")
    void duplicateAccount() {
        // The fixture staff have accounts already; this member of staff has none yet.
        org.uca.domain.people.StaffMember olu = new org.uca.domain.people.StaffMember(
                new org.uca.domain.people.StaffId("officer-new"), "Olu Adeyemi", "Housing",
                org.uca.domain.people.AuthorityLevel.NONE);
        db.saveStaff(olu, io.vavr.control.Option.none());
        db.database.saveAccount("olu", "$argon2id$hash-1", olu.id(), Role.OFFICER);
        db.database.saveAccount("olu", "$argon2id$hash-2", olu.id(), Role.OFFICER); // same account, new hash
        assertThat(db.database.account("olu").get().passwordHash()).isEqualTo("$argon2id$hash-2");

        assertThatThrownBy(() -> db.database.saveAccount("olu.adeyemi", "$argon2id$hash-3", olu.id(),
                Role.OFFICER))
                .isInstanceOfSatisfying(StoredValueRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("staff");
                    assertThat(e.getMessage()).isEqualTo("This member of staff already has a sign-in account.");
                    noSqlIn(e);
                });
        assertThat(db.database.account("olu.adeyemi")).isEmpty();
        assertThat(db.database.account("nobody")).isEmpty();
    }

    @Test
    @DisplayName("an account for someone not in the staff directory is refused by the database, in plain words")
    void accountForUnknownStaff() {
        assertThatThrownBy(() -> db.database.saveAccount("ghost", "$argon2id$hash", new org.uca.domain.people.StaffId(
                "not-on-the-staff-list"), Role.OFFICER))
                .isInstanceOfSatisfying(StoredValueRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("staff");
                    noSqlIn(e);
                });
    }

    @Test
    @DisplayName("a letter about a case that does not exist is refused by the database, in plain words")
    void letterForNoCase() {
        Letter letter = new Letter(Letter.Kind.WARNING, new CaseId(UUID.randomUUID()), ALEX, "Alex Morgan",
                "Flat 3", LocalDate.of(2026, 11, 2), "UCA-00000000/W1", "Your actions", List.empty(), "Yours sincerely",
                new Letter.Signatory("Sam Officer", "Housing Officer"));
        assertThatThrownBy(() -> ports.letters().issue(letter))
                .isInstanceOfSatisfying(StoredValueRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("caseId");
                    assertThat(e.getMessage()).isEqualTo("There is no such case.");
                    noSqlIn(e);
                });
    }

    /** The application on these ports, but with an audit log that fails the accepted commands' entries. */
    private UcaApplication withFailingAudit(RuntimeException failure) {
        AuditLog real = ports.audit();
        AuditLog failing = new AuditLog() {
            @Override
            public void append(Entry entry) {
                if (entry.outcome() == Outcome.ACCEPTED) {
                    assertThat(db.log.statements()).as("the case was written before the audit entry")
                            .anyMatch(s -> s.startsWith("insert into uca_case"));
                    throw failure;
                }
                real.append(entry);
            }

            @Override
            public Seq<Entry> forCase(CaseId caseId) {
                return real.forCase(caseId);
            }

            @Override
            public org.uca.application.port.out.Page<Entry> aboutCase(CaseId caseId,
                    org.uca.domain.people.ResidentId resident, int page, int size) {
                return real.aboutCase(caseId, resident, page, size);
            }

            @Override
            public long count() {
                return real.count();
            }
        };
        return new UcaApplication(new Ports(ports.cases(), ports.caseQueries(), ports.residents(), ports.staff(),
                ports.notifications(), failing, ports.access(), ports.letters(), ports.monitoring(), ports.readModels(), ports.guidance(),
                ports.retention(), ports.subjectAccess(), ports.unitOfWork(), ports.clock(), ports.workingDays(),
                ports.staffRecords(), ports.accounts(), ports.credentials(), ports.machineCredentials(), ports.webhooks(),
                ports.workProperties()));
    }

    private Either<Failure, RecordUnacceptableActionsUseCase.Recorded> recordFor(UcaApplication application) {
        return application.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), BEA, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofHours(1))))));
    }

    @Test
    @DisplayName("a command whose audit write fails after the case was written leaves nothing behind")
    void failingAuditLeavesNothing() {
        UcaApplication failing = withFailingAudit(new IllegalStateException("the audit store failed"));
        assertThatThrownBy(() -> recordFor(failing)).hasMessageContaining("the audit store failed");

        for (String table : new String[] {"uca_case", "case_event", "case_action", "audit_entry"}) {
            assertThat(db.rows(table)).as(table).isZero();
        }
        assertThat(ports.cases().findByResident(BEA)).isEmpty();
    }

    @Test
    @DisplayName("a command whose audit entry the store refuses is refused as a whole, and the refusal audited")
    void refusedAuditRefusesTheCommand() {
        UcaApplication failing = withFailingAudit(new StoredValueRejected("why", "Too long to keep.", null));
        var result = recordFor(failing);

        assertThat(result.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(db.rows("uca_case")).isZero();
        assertThat(db.rows("case_event")).isZero();
        assertThat(db.rows("audit_entry")).as("only the refusal").isEqualTo(1);
    }

    @Test
    @DisplayName("a change whose commit is lost with the database, after it landed, is reported as possibly saved,"
            + " never as 'nothing was changed'; and it was saved")
    void commitLostAfterItLanded() {
        db.lostCommit.arm(LostCommit.When.AFTER_IT_LANDED);

        Failure failure = recordFor(app).getLeft();

        assertThat(failure).isInstanceOf(Failure.Unavailable.class);
        assertThat(failure.message()).isEqualTo("The database stopped answering while the change was being saved, so"
                + " it may have been saved. Check the case before you try again.").doesNotContain("nothing");
        assertThat(ports.cases().findByResident(BEA)).as("the change that landed").hasSize(1);
        assertThat(db.rows("audit_entry")).as("its audit entry landed with it").isEqualTo(1);
    }

    @Test
    @DisplayName("a change whose commit is lost before it landed is reported the same way: no one can tell the two"
            + " apart, so neither is called 'nothing was changed'")
    void commitLostBeforeItLanded() {
        db.lostCommit.arm(LostCommit.When.BEFORE_IT_LANDED);

        Failure failure = recordFor(app).getLeft();

        assertThat(failure.message()).contains("may have been saved").doesNotContain("nothing");
        assertThat(ports.cases().findByResident(BEA)).isEmpty();
        assertThat(recordFor(app).isRight()).as("and the next try, once the database answers, is saved").isTrue();
    }

    @Test
    @DisplayName("a lost connection before the commit still says nothing was changed: that is true there")
    void lostBeforeTheCommitChangedNothing() {
        UcaApplication failing = withFailingAudit(new org.uca.application.port.out.StorageUnavailable(
                Faults.UNAVAILABLE, null));

        assertThat(recordFor(failing).getLeft().message()).contains("nothing was changed");
        assertThat(db.rows("uca_case")).isZero();
    }

    @Test
    @DisplayName("concurrent changes to one case are each kept or refused as a conflict: no update is ever lost")
    void noLostUpdates() throws Exception {
        journey.recordVerbalAbuse(ALEX);
        int writers = 6;
        java.util.List<Either<Failure, ?>> results = runTogether(writers, () -> app.recordContact().recordContact(
                new RecordContactUseCase.Command(Staff.CONTACT_CENTRE_OFFICER.id(), ALEX, clock.now(), 5,
                        Channel.PHONE)));

        long kept = results.stream().filter(Either::isRight).count();
        assertThat(results).allSatisfy(r -> {
            if (r.isLeft()) {
                assertThat(r.getLeft()).isInstanceOf(Failure.Conflict.class);
            }
        });
        assertThat(kept).isGreaterThanOrEqualTo(1);
        Case stored = ports.cases().findByResident(ALEX).get();
        assertThat(stored.contacts()).hasSize((int) kept);
        assertThat(stored.version()).isEqualTo(1 + kept);
        assertThat(db.rows("case_event")).isEqualTo(1 + kept);
    }

    @Test
    @DisplayName("two first reports about the same resident at once open one case; the other is a conflict")
    void oneCaseWhenOpenedTogether() throws Exception {
        java.util.List<Either<Failure, ?>> results = runTogether(4, () -> recordFor(app));

        assertThat(results.stream().filter(Either::isRight).count()).isGreaterThanOrEqualTo(1);
        assertThat(results).allSatisfy(r -> {
            if (r.isLeft()) {
                assertThat(r.getLeft()).isInstanceOf(Failure.Conflict.class);
            }
        });
        assertThat(db.rows("uca_case")).isEqualTo(1);
    }

    private static java.util.List<Either<Failure, ?>> runTogether(int writers,
            Callable<Either<Failure, ?>> command) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            java.util.List<Future<Either<Failure, ?>>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return command.call();
                }));
            }
            java.util.List<Either<Failure, ?>> results = new ArrayList<>();
            for (Future<Either<Failure, ?>> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
