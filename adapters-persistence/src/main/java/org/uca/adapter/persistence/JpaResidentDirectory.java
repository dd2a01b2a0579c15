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
    private final JpaCases cases;

    JpaResidentDirectory(JpaUnitOfWork unitOfWork, JpaCases cases) {
        this.unitOfWork = unitOfWork;
        this.cases = cases;
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
            Seq<Resident> found = List.ofAll(work.em.createQuery(
                            "select r from ResidentJpaEntity r"
                                    + " where lower(r.name) like :pattern escape '!'"
                                    + " or lower(r.id) like :pattern escape '!' order by r.id", ResidentJpaEntity.class)
                    .setParameter("pattern", pattern)
                    .setMaxResults(Math.max(0, limit))
                    .getResultList()).map(ResidentJpaEntity::toResident);
            // Their cases in one more statement, remembered for this unit of work: a search that shows whether each
            // resident found has a case, and is restricted, reads no case again.
            cases.readCasesOf(found.map(Resident::id));
            return found;
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
