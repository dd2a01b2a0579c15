package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.Session;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.Uprn;

/**
 * The resident directory table, standing in for the landlord's housing system. A search reads each resident found
 * together with their case, if any, in the same statement, and leaves the cases in the unit of work: showing
 * "has a case, restricted or not" for every result then needs no statement per resident.
 */
final class JpaResidentDirectory implements ResidentDirectory {

    /** Residents looked up by reference in one statement, at most. */
    static final int LOOK_UP = 500;
    /** Upserts per JDBC batch. */
    static final int BATCH = 500;

    /** The protected characteristics' columns (V39), in {@link ProtectedCharacteristic}'s order. */
    static final String CHARACTERISTICS = List.of(ProtectedCharacteristic.values())
            .map(ProtectedCharacteristic::column).mkString(", ");
    private static final String COLUMNS = "id, name, address, address_lines, postcode, uprn, tenancy_start,"
            + " tenancy_end, email, phone, preferred_contact, " + CHARACTERISTICS;
    private static final String VALUES = String.join(", ", java.util.Collections.nCopies(
            11 + ProtectedCharacteristic.values().length, "?"));
    static final String UPSERT_POSTGRESQL = "insert into resident (" + COLUMNS + ")"
            + " values (" + VALUES + ") on conflict (id) do update set name = excluded.name,"
            + " address = excluded.address, address_lines = excluded.address_lines, postcode = excluded.postcode,"
            + " uprn = excluded.uprn, tenancy_start = excluded.tenancy_start, tenancy_end = excluded.tenancy_end,"
            + " email = excluded.email, phone = excluded.phone, preferred_contact = excluded.preferred_contact"
            + List.of(ProtectedCharacteristic.values()).map(c -> ", " + c.column() + " = excluded." + c.column())
                    .mkString();
    static final String MERGE_H2 = "merge into resident (" + COLUMNS + ") key (id) values (" + VALUES + ")";

    /** What {@code translate} turns into spaces in an address before it is searched: the lines' breaks too. */
    private static final String SEPARATORS = AddressSearch.SEPARATORS + "\n";

    private final JpaUnitOfWork unitOfWork;
    private final JpaCases cases;
    private final boolean postgres;

    JpaResidentDirectory(JpaUnitOfWork unitOfWork, JpaCases cases, boolean postgres) {
        this.unitOfWork = unitOfWork;
        this.cases = cases;
        this.postgres = postgres;
    }

    @Override
    public Option<Resident> find(ResidentId id) {
        if (id.value().length() > ResidentJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.find(ResidentJpaEntity.class, id.value())
                .map(this::readOnce));
    }

    @Override
    public Seq<Resident> search(String text, int offset, int limit) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.UK)) + "%";
        String compact = text.replace(" ", "");
        // A postcode is found written with or without its space; an empty one matches nothing.
        String postcode = compact.isEmpty() ? "" : "%" + escapeLike(compact.toLowerCase(Locale.UK)) + "%";
        return unitOfWork.inTransaction(() -> {
            JpaUnitOfWork.Work work = unitOfWork.work();
            Seq<Resident> found = List.ofAll(work.em.createQuery(
                            "select r from ResidentJpaEntity r"
                                    + " where lower(r.name) like :pattern escape '!'"
                                    + " or lower(r.id) like :pattern escape '!'"
                                    + " or lower(r.address) like :pattern escape '!'"
                                    + " or replace(lower(r.postcode), ' ', '') like :postcode escape '!'"
                                    + " order by r.id", ResidentJpaEntity.class)
                    .setParameter("pattern", pattern)
                    .setParameter("postcode", postcode)
                    .setFirstResult(Math.max(0, offset))
                    .setMaxResults(Math.max(0, limit))
                    .getResultList()).map(this::readOnce);
            // Their cases in one more statement, remembered for this unit of work: a search that shows whether each
            // resident found has a case, and is restricted, reads no case again.
            cases.readCasesOf(found.map(Resident::id));
            return found;
        });
    }

    @Override
    public Seq<Resident> atProperty(Uprn property) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.work().em.createQuery(
                        "select r from ResidentJpaEntity r where r.uprn = :uprn order by r.id",
                        ResidentJpaEntity.class)
                .setParameter("uprn", property.value())
                .getResultList()).map(this::readOnce));
    }

    /**
     * One statement, grouped and bounded in the database: each word of the search must begin a word of the address
     * lines (spaces put around them, line breaks and {@link AddressSearch#SEPARATORS} turned into spaces), the
     * postcode compared without its space, in the same SQL on H2 and PostgreSQL.
     */
    @Override
    public Seq<Property> propertiesAt(AddressSearch search, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        StringBuilder sql = new StringBuilder("select max(uprn) as found_uprn, min(address) as found_address"
                + " from resident where replace(upper(postcode), ' ', '') = ?1");
        String words = "(' ' || translate(lower(coalesce(address_lines, address)), ?2, ?3) || ' ')";
        for (int i = 0; i < search.words().size(); i++) {
            sql.append(" and ").append(words).append(" like ?").append(i + 4).append(" escape '!'");
        }
        sql.append(" group by case when uprn is null then 'a:' || address else 'u:' || uprn end order by 2, 1");
        return unitOfWork.inTransaction(() -> {
            jakarta.persistence.Query query = unitOfWork.work().em.createNativeQuery(sql.toString())
                    .setParameter(1, search.postcode().compact());
            if (!search.words().isEmpty()) {
                query.setParameter(2, SEPARATORS).setParameter(3, " ".repeat(SEPARATORS.length()));
            }
            for (int i = 0; i < search.words().size(); i++) {
                query.setParameter(i + 4, "% " + escapeLike(search.words().get(i)) + "%");
            }
            @SuppressWarnings("unchecked")
            java.util.List<Object[]> rows = query.setMaxResults(limit).getResultList();
            return List.ofAll(rows).map(row -> new Property(Option.of((String) row[0]).filter(Uprn::isUprn)
                    .map(Uprn::new), (String) row[1]));
        });
    }

    /**
     * Read by JDBC, {@link #LOOK_UP} references a statement, so the rows never enter the persistence context. On
     * PostgreSQL the statement is planned each time ({@code plan_cache_mode}, for this transaction only).
     */
    @Override
    public Seq<Resident> findAll(Seq<ResidentId> ids) {
        Seq<String> keys = ids.map(ResidentId::value).filter(id -> id.length() <= ResidentJpaEntity.MAX_ID).distinct();
        if (keys.isEmpty()) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.em().unwrap(Session.class).doReturningWork(connection -> {
            java.util.List<Resident> found = new java.util.ArrayList<>(keys.size());
            if (postgres) {
                // Plan each look-up for the table as it is: a plan PostgreSQL cached for the connection while the
                // table was empty scans all of it once it is full (an import of 100 000 took minutes, not seconds).
                try (java.sql.Statement set = connection.createStatement()) {
                    set.execute("set local plan_cache_mode = force_custom_plan");
                }
            }
            for (Seq<String> chunk : keys.grouped(LOOK_UP)) {
                try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from resident where id in (" + String.join(", ", java.util.Collections.nCopies(
                                chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            String[] characteristics = new String[ProtectedCharacteristic.values().length];
                            for (int i = 0; i < characteristics.length; i++) {
                                characteristics[i] = r.getString(12 + i);
                            }
                            found.add(ResidentJpaEntity.resident(r.getString(1), r.getString(2), r.getString(3),
                                    r.getString(4), r.getString(5), r.getString(6),
                                    r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class),
                                    r.getString(9), r.getString(10), r.getString(11), characteristics));
                        }
                    }
                }
            }
            return List.ofAll(found);
        }));
    }

    /**
     * One upsert statement per resident, sent in JDBC batches of {@link #BATCH}: {@code insert … on conflict do
     * update} on PostgreSQL, {@code merge … key (id)} on H2. No resident stays in the persistence context after a
     * read ({@link #find}, {@link #search} detach theirs), so a later read in the same unit of work sees these rows.
     */
    @Override
    public void store(Seq<Resident> residents) {
        if (residents.isEmpty()) {
            return;
        }
        Seq<ResidentJpaEntity> rows = residents.map(ResidentJpaEntity::new); // every value checked before sending
        unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            em.flush(); // a resident merged by save() goes first
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement(postgres ? UPSERT_POSTGRESQL : MERGE_H2)) {
                    int batched = 0;
                    for (ResidentJpaEntity row : rows) {
                        row.bind(upsert);
                        upsert.addBatch();
                        if (++batched == BATCH) {
                            upsert.executeBatch();
                            batched = 0;
                        }
                    }
                    if (batched > 0) {
                        upsert.executeBatch();
                    }
                }
            });
            return null;
        });
    }

    /** Saves the resident, replacing what was held under the same reference. */
    void save(Resident resident) {
        ResidentJpaEntity row = new ResidentJpaEntity(resident);
        unitOfWork.inTransaction(() -> unitOfWork.em().merge(row));
    }

    /** The resident, its row no longer managed (it is only ever read; {@link #store} writes by JDBC). */
    private Resident readOnce(ResidentJpaEntity row) {
        unitOfWork.em().detach(row);
        return row.toResident();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
