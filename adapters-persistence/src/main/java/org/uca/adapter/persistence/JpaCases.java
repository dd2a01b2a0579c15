package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.Cases;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/**
 * Cases as JSON snapshots in {@code uca_case}, one row per case, with the timeline in {@code case_event} and the
 * projections kept in step. Reading a case is one statement (by id, or by resident for contact guidance). Saving
 * checks the version the writer read, then lets Hibernate's optimistic lock catch anyone who wrote in between, so
 * an update is never lost.
 */
final class JpaCases implements Cases {

    private final JpaUnitOfWork unitOfWork;

    JpaCases(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public Option<Case> find(CaseId id) {
        return unitOfWork.inTransaction(() -> rowFor(id).map(JpaCases::toCase));
    }

    @Override
    public Option<Case> findByResident(ResidentId resident) {
        return unitOfWork.inTransaction(() -> rowFor(resident).map(JpaCases::toCase));
    }

    /** The case row: from this unit of work if it was read already, else one select by key. */
    Option<CaseJpaEntity> rowFor(CaseId id) {
        JpaUnitOfWork.Work work = unitOfWork.work();
        CaseJpaEntity known = work.casesById.get(id.value());
        if (known != null) {
            return Option.some(known);
        }
        Option<CaseJpaEntity> found = unitOfWork.find(CaseJpaEntity.class, id.value());
        found.forEach(row -> work.casesById.put(row.id(), row));
        return found;
    }

    /** The resident's case row: from this unit of work if it was read already, else one indexed select. */
    Option<CaseJpaEntity> rowFor(ResidentId resident) {
        JpaUnitOfWork.Work work = unitOfWork.work();
        Option<CaseJpaEntity> known = work.casesByResident.get(resident);
        if (known != null) {
            return known;
        }
        if (resident.value().length() > ResidentJpaEntity.MAX_ID) {
            return Option.none(); // no stored reference is that long
        }
        List<CaseJpaEntity> rows = work.em.createQuery(
                        "select c from CaseJpaEntity c where c.residentId = :resident", CaseJpaEntity.class)
                .setParameter("resident", resident.value())
                .getResultList();
        Option<CaseJpaEntity> found = rows.isEmpty() ? Option.none() : Option.some(rows.get(0));
        work.casesByResident.put(resident, found);
        found.forEach(row -> work.casesById.put(row.id(), row));
        return found;
    }

    static Case toCase(CaseJpaEntity row) {
        return StoredJson.caseFrom(row.snapshot());
    }

    @Override
    public void save(Case changed, long expectedVersion) {
        if (changed.version() < expectedVersion) {
            throw new IllegalArgumentException("A case is saved with its history, never with less of it.");
        }
        unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            UUID id = changed.id().value();
            String resident = StoredValues.fit("resident", changed.resident().value(), ResidentJpaEntity.MAX_ID);
            String snapshot = StoredJson.snapshotOf(changed);
            Instant updatedAt = changed.history().lastOption().map(CaseEvent::at).getOrElse(Instant::now);
            Instant closedAt = changed.decisionsInForce().isEmpty() ? updatedAt : null;
            Projections.Facts before;
            CaseJpaEntity row;
            if (expectedVersion == 0) {
                // A new case: inserted, so a second case for the resident (or the id) collides with the first.
                row = new CaseJpaEntity(id, resident, changed.version(), snapshot,
                        changed.history().headOption().map(CaseEvent::at).getOrElse(updatedAt), updatedAt, closedAt);
                em.persist(row);
                before = Projections.Facts.NONE;
            } else {
                row = rowFor(changed.id()).getOrNull();
                if (row == null || row.caseVersion() != expectedVersion) {
                    throw new ConcurrentChange("Case " + changed.id() + " is at version "
                            + (row == null ? 0 : row.caseVersion()) + ", not " + expectedVersion + ".");
                }
                before = Projections.of(toCase(row));
                row.changed(resident, changed.version(), snapshot, updatedAt, closedAt);
            }
            for (int seq = (int) expectedVersion + 1; seq <= changed.version(); seq++) {
                CaseEvent event = changed.history().get(seq - 1);
                em.persist(new CaseEventJpaEntity(id, seq, StoredJson.typeOf(event), event.at(),
                        event.by().value(), event.summary(), StoredJson.eventOf(event)));
            }
            Projections.write(em, id, before, Projections.of(changed));
            unitOfWork.work().remember(row, changed.resident());
            em.flush(); // a stale version or a second case for the resident is refused here, by save
            return null;
        });
    }
}
