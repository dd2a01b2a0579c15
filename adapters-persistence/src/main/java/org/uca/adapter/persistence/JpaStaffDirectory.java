package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The staff directory table: who a member of staff is, their team and authority level, with the role their
 * sign-in account gives them in UCA (a member of staff without an account has no role).
 */
final class JpaStaffDirectory implements StaffDirectory {

    private final JpaUnitOfWork unitOfWork;

    JpaStaffDirectory(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** One statement: the member of staff and their account's role, joined (it is on every use case's path). */
    @Override
    public Option<Entry> find(StaffId id) {
        if (id.value().length() > StaffJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> {
            java.util.List<Object[]> rows = unitOfWork.em().createQuery("select s, a.role from StaffJpaEntity s"
                            + " left join AccountJpaEntity a on a.staffId = s.id where s.id = :id", Object[].class)
                    .setParameter("id", id.value())
                    .getResultList();
            return rows.isEmpty() ? Option.none() : Option.some(new Entry(((StaffJpaEntity) rows.get(0)[0])
                    .toStaffMember(), AccountJpaEntity.roleFrom((String) rows.get(0)[1])));
        });
    }

    @Override
    public Seq<StaffMember> all() {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select s from StaffJpaEntity s order by s.id", StaffJpaEntity.class)
                .getResultList()).map(StaffJpaEntity::toStaffMember));
    }

    /** Saves the member of staff, replacing what was held under the same id. */
    void save(StaffMember member) {
        StaffJpaEntity row = new StaffJpaEntity(member);
        unitOfWork.inTransaction(() -> unitOfWork.em().merge(row));
    }
}
