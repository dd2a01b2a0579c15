package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** The staff directory table: who a member of staff is, their team and authority level. */
final class JpaStaffDirectory implements StaffDirectory {

    private final JpaUnitOfWork unitOfWork;

    JpaStaffDirectory(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Option<StaffMember> find(StaffId id) {
        if (id.value().length() > StaffJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.find(StaffJpaEntity.class, id.value())
                .map(StaffJpaEntity::toStaffMember));
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
