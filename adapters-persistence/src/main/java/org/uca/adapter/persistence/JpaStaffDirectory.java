package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.port.out.StaffRecords;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The staff directory table: who a member of staff is, their team and authority level, with the role their
 * sign-in account gives them in UCA (a member of staff without an account, who has left, or whose account is
 * disabled has no role); and the whole records administrators keep.
 */
final class JpaStaffDirectory implements StaffDirectory, StaffRecords {

    private static final String WITH_ROLE = "select s, a.role, a.disabledAt from StaffJpaEntity s"
            + " left join AccountJpaEntity a on a.staffId = s.id";
    /** A whole record: with the role, its account's username, and the issuer of the single sign-on they are linked to, if any. */
    private static final String RECORD = "select s, a.role, a.disabledAt, i.issuer, a.username from StaffJpaEntity s"
            + " left join AccountJpaEntity a on a.staffId = s.id left join StaffIdentityJpaEntity i on i.staffId = s.id";

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
            java.util.List<Object[]> rows = unitOfWork.em().createQuery(WITH_ROLE + " where s.id = :id",
                            Object[].class)
                    .setParameter("id", id.value())
                    .getResultList();
            if (rows.isEmpty()) {
                return Option.none();
            }
            StaffJpaEntity staff = (StaffJpaEntity) rows.get(0)[0];
            boolean mayUseUca = !staff.hasLeft() && rows.get(0)[2] == null;
            return Option.some(new Entry(staff.toStaffMember(), mayUseUca
                    ? AccountJpaEntity.roleFrom((String) rows.get(0)[1]) : Option.none()));
        });
    }

    @Override
    public Seq<StaffMember> all() {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select s from StaffJpaEntity s order by s.id", StaffJpaEntity.class)
                .getResultList()).map(StaffJpaEntity::toStaffMember));
    }

    /** Saves the member of staff's name, team and level, keeping what else their record holds. */
    void save(StaffMember member) {
        unitOfWork.inTransaction(() -> {
            Option<StaffJpaEntity> held = unitOfWork.find(StaffJpaEntity.class, member.id().value());
            if (held.isDefined()) {
                held.get().member(member);
            } else {
                unitOfWork.em().persist(new StaffJpaEntity(member));
            }
            return null;
        });
    }

    // ---- records -------------------------------------------------------------------------------------------------

    @Override
    public Option<StaffRecord> record(StaffId id) {
        if (id.value().length() > StaffJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery(RECORD + " where s.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList()).headOption().map(JpaStaffDirectory::record));
    }

    private static StaffRecord record(Object[] row) {
        return ((StaffJpaEntity) row[0]).toRecord(AccountJpaEntity.roleFrom((String) row[1]),
                Option.of((String) row[3]), Option.of((String) row[4]));
    }

    @Override
    public Page<StaffRecord> searchStaff(String text, int page, int size) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        String where = " where lower(s.name) like :p escape '!' or lower(s.email) like :p escape '!'"
                + " or lower(s.team) like :p escape '!' or lower(s.jobTitle) like :p escape '!'";
        return unitOfWork.inTransaction(() -> {
            long total = unitOfWork.em().createQuery("select count(s) from StaffJpaEntity s" + where, Long.class)
                    .setParameter("p", pattern).getSingleResult();
            Seq<StaffRecord> items = List.ofAll(unitOfWork.em()
                    .createQuery(RECORD + where + " order by lower(s.name), s.id", Object[].class)
                    .setParameter("p", pattern)
                    .setFirstResult((int) Page.offset(page, size))
                    .setMaxResults(size)
                    .getResultList()).map(JpaStaffDirectory::record);
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public StaffId nextId() {
        return new StaffId("staff-" + UUID.randomUUID());
    }

    @Override
    public void add(StaffRecord record) {
        StaffJpaEntity row = new StaffJpaEntity(record);
        unitOfWork.inTransaction(() -> {
            if (unitOfWork.find(StaffJpaEntity.class, row.id()).isDefined()) {
                throw new StoredValueRejected("staff", "There is already a member of staff " + row.id() + ".", null);
            }
            unitOfWork.em().persist(row);
            return null;
        });
    }

    @Override
    public void update(StaffRecord record) {
        unitOfWork.inTransaction(() -> {
            unitOfWork.find(StaffJpaEntity.class, record.member().id().value())
                    .getOrElseThrow(() -> new StoredValueRejected("staff", "There is no member of staff "
                            + record.member().id() + ".", null))
                    .record(record);
            return null;
        });
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** For {@link Instant}-typed columns read through a tuple. */
    static Option<Instant> instant(Object value) {
        return Option.of((Instant) value);
    }
}
