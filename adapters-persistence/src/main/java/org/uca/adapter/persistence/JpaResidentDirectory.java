package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.domain.people.ResidentId;

/**
 * The resident directory table, standing in for the landlord's housing system. A search reads each resident found
 * together with their case, if any, in the same statement, and leaves the cases in the unit of work: showing
 * "has a case, restricted or not" for every result then needs no statement per resident.
 */
final class JpaResidentDirectory implements ResidentDirectory {

    private final JpaUnitOfWork unitOfWork;

    JpaResidentDirectory(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Option<Resident> find(ResidentId id) {
        if (id.value().length() > ResidentJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.find(ResidentJpaEntity.class, id.value())
                .map(ResidentJpaEntity::toResident));
    }

    @Override
    public Seq<Resident> search(String text, int limit) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.UK)) + "%";
        return unitOfWork.inTransaction(() -> {
            JpaUnitOfWork.Work work = unitOfWork.work();
            List<Object[]> rows = List.ofAll(work.em.createQuery(
                            "select r, c from ResidentJpaEntity r left join CaseJpaEntity c on c.residentId = r.id"
                                    + " where lower(r.name) like :pattern escape '!'"
                                    + " or lower(r.id) like :pattern escape '!' order by r.id", Object[].class)
                    .setParameter("pattern", pattern)
                    .setMaxResults(Math.max(0, limit))
                    .getResultList());
            return rows.map(r -> {
                Resident resident = ((ResidentJpaEntity) r[0]).toResident();
                CaseJpaEntity row = (CaseJpaEntity) r[1];
                if (row == null) {
                    work.casesByResident.put(resident.id(), Option.none());
                } else {
                    work.remember(row, resident.id());
                }
                return resident;
            });
        });
    }

    /** Saves the resident, replacing what was held under the same reference. */
    void save(Resident resident) {
        ResidentJpaEntity row = new ResidentJpaEntity(resident);
        unitOfWork.inTransaction(() -> unitOfWork.em().merge(row));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
