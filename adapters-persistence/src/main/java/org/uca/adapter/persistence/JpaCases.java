package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.hibernate.Session;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.adapter.persistence.json.StoredJson.Part;
import org.uca.application.port.out.Cases;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/**
 * Cases as rows: the head in {@code uca_case} (the state that is not a growing part, and the version), each action,
 * warning, decision, appeal and contact a row of {@code case_part}, the timeline in {@code case_event} (its only
 * copy), and the projections kept in step. Reading a case is one statement (head and parts together); its history
 * is read only when someone asks for the timeline. Saving writes what changed: the head, new parts, a part whose
 * state moved on, the new events, the projections and the monitoring counts it moves; never the whole case. The
 * head update checks the version the writer read, so a concurrent change is refused, never lost.
 */
final class JpaCases implements Cases {

    private final JpaUnitOfWork unitOfWork;
    /** PostgreSQL, or else H2: the JSON columns and the monitoring counts' upsert differ. */
    private final boolean postgres;
    /** How a JSON parameter is written: PostgreSQL casts the text to jsonb, H2 keeps it as text. */
    private final String json;

    JpaCases(JpaUnitOfWork unitOfWork, boolean postgres) {
        this.unitOfWork = unitOfWork;
        this.postgres = postgres;
        this.json = postgres ? "cast(? as jsonb)" : "?";
    }

    @Override
    public CaseId nextId() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public Option<Case> find(CaseId id) {
        return unitOfWork.inTransaction(() -> storedFor(id).map(StoredCase::theCase));
    }

    @Override
    public Option<Case> findByResident(ResidentId resident) {
        return unitOfWork.inTransaction(() -> storedFor(resident).map(StoredCase::theCase));
    }

    /** The case: from this unit of work if it was read already, else one statement. */
    Option<StoredCase> storedFor(CaseId id) {
        JpaUnitOfWork.Work work = unitOfWork.work();
        StoredCase known = work.casesById.get(id.value());
        if (known != null) {
            return Option.some(known);
        }
        Seq<StoredCase> found = load("c.id = ?", List.of(id.value()));
        found.forEach(work::remember);
        return found.headOption();
    }

    /** The resident's case: from this unit of work if it was read already, else one statement. */
    Option<StoredCase> storedFor(ResidentId resident) {
        JpaUnitOfWork.Work work = unitOfWork.work();
        Option<StoredCase> known = work.casesByResident.get(resident);
        if (known != null) {
            return known;
        }
        if (resident.value().length() > ResidentJpaEntity.MAX_ID) {
            return Option.none(); // no stored reference is that long
        }
        Option<StoredCase> found = load("c.resident_id = ?", List.of(resident.value())).headOption();
        work.casesByResident.put(resident, found);
        found.forEach(work::remember);
        return found;
    }

    /** The cases of these residents, read in one statement and remembered (including "none") for this unit of work. */
    void readCasesOf(Seq<ResidentId> residents) {
        JpaUnitOfWork.Work work = unitOfWork.work();
        Seq<ResidentId> unknown = residents.filter(r -> !work.casesByResident.containsKey(r))
                .filter(r -> r.value().length() <= ResidentJpaEntity.MAX_ID).distinct();
        if (unknown.isEmpty()) {
            return;
        }
        String marks = String.join(", ", unknown.map(r -> "?"));
        Seq<StoredCase> found = load("c.resident_id in (" + marks + ")", unknown.map(ResidentId::value));
        unknown.forEach(r -> work.casesByResident.put(r, Option.none()));
        found.forEach(work::remember);
    }

    /**
     * The cases whose head matches {@code where} (over {@code uca_case c}), with their parts, in one statement: the
     * head rows and the part rows as one result, ordered by case, part and number.
     */
    private Seq<StoredCase> load(String where, Seq<Object> parameters) {
        String sql = "select c.id as case_id, 'CASE' as part, 0 as part_no, c.snapshot as document,"
                + " c.case_version as version from uca_case c where " + where
                + " union all select p.case_id, p.part, p.part_no, p.document, null from case_part p"
                + " where p.case_id in (select c.id from uca_case c where " + where + ")"
                + " order by case_id, part, part_no";
        return session().doReturningWork(connection -> {
            java.util.Map<UUID, Head> heads = new java.util.LinkedHashMap<>();
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int i = 1;
                for (int round = 0; round < 2; round++) {
                    for (Object parameter : parameters) {
                        s.setObject(i++, parameter);
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID id = r.getObject(1, UUID.class);
                        Head head = heads.computeIfAbsent(id, Head::new);
                        String part = r.getString(2);
                        if (part.equals("CASE")) {
                            head.document = r.getString(4);
                            head.version = r.getLong(5);
                        } else {
                            head.parts.computeIfAbsent(Part.valueOf(part), p -> new ArrayList<>()).add(r.getString(4));
                        }
                    }
                }
            }
            return Vector.ofAll(heads.values()).filter(h -> h.document != null).map(this::rebuilt);
        });
    }

    /** A case's rows as they are read. */
    private static final class Head {
        final UUID id;
        final java.util.Map<Part, java.util.List<String>> parts = new java.util.EnumMap<>(Part.class);
        String document;
        long version;

        Head(UUID id) {
            this.id = id;
        }
    }

    private StoredCase rebuilt(Head head) {
        Map<Part, Seq<String>> parts = LinkedHashMap.ofAll(head.parts).mapValues(List::ofAll);
        long version = head.version;
        Case c = StoredJson.caseFrom(head.document, parts, version, (id, resident) -> history(id, resident, version));
        return new StoredCase(head.id, version, c, parts.mapValues(Seq::size));
    }

    /**
     * The case's timeline up to the version it was read at, oldest first, read when it is first asked for. Events
     * are never changed or removed, so a later read gives the same events, in this unit of work or another.
     */
    private Seq<CaseEvent> history(CaseId id, ResidentId resident, long version) {
        return unitOfWork.readOnly(() -> session().doReturningWork(connection -> {
                java.util.List<CaseEvent> events = new ArrayList<>();
                try (PreparedStatement s = connection.prepareStatement(
                        "select payload from case_event where case_id = ? and seq <= ? order by seq")) {
                    s.setObject(1, id.value());
                    s.setLong(2, version);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            events.add(StoredJson.eventFrom(r.getString(1), id, resident));
                        }
                    }
                }
                return Vector.ofAll(events);
            }));
    }

    @Override
    public void save(Case changed, long expectedVersion) {
        if (changed.version() < expectedVersion) {
            throw new IllegalArgumentException("A case is saved with its history, never with less of it.");
        }
        unitOfWork.inTransaction(() -> {
            Option<StoredCase> before = expectedVersion == 0 ? Option.none() : storedFor(changed.id());
            if (expectedVersion != 0 && before.map(b -> b.version() != expectedVersion).getOrElse(true)) {
                throw new ConcurrentChange("Case " + changed.id() + " is at version "
                        + before.map(StoredCase::version).getOrElse(0L) + ", not " + expectedVersion + ".");
            }
            write(changed, expectedVersion, before, changed.eventsSince(expectedVersion), Option.none());
            return null;
        });
    }

    /**
     * Replaces the stored case with an anonymised one at the same version (the retention rule): the head under the
     * pseudonym, every part whose text was removed, the time it was anonymised; events are untouched (they hold
     * neither the resident nor free text).
     */
    void replaceAnonymised(StoredCase stored, Case anonymised, Instant at) {
        write(anonymised, stored.version(), Option.some(stored), List.empty(), Option.some(at));
    }

    private void write(Case changed, long expectedVersion, Option<StoredCase> before, Seq<CaseEvent> added,
            Option<Instant> anonymisedAt) {
        EntityManager em = unitOfWork.em();
        UUID id = changed.id().value();
        String resident = StoredValues.fit("resident", changed.resident().value(), ResidentJpaEntity.MAX_ID);
        String head = StoredJson.headOf(changed);
        String guidance = StoredJson.guidanceOf(changed);
        Option<Instant> updatedAt = added.lastOption().map(CaseEvent::at);
        Instant closedAt = changed.closed() ? updatedAt.getOrNull() : null;
        session().doWork(connection -> {
            if (before.isEmpty()) {
                // A new case: inserted, so a second case for the resident (or the id) collides with the first.
                Instant at = updatedAt.getOrElse(Instant::now);
                try (PreparedStatement s = connection.prepareStatement("insert into uca_case (id, resident_id,"
                        + " row_version, case_version, snapshot, opened_at, updated_at, closed_at, guidance,"
                        + " guidance_version) values (?, ?, 0, ?, " + json + ", ?, ?, ?, ?, ?)")) {
                    s.setObject(1, id);
                    s.setString(2, resident);
                    s.setLong(3, changed.version());
                    s.setString(4, head);
                    s.setObject(5, time(added.headOption().map(CaseEvent::at).getOrElse(at)));
                    s.setObject(6, time(at));
                    s.setObject(7, closedAt == null ? null : time(closedAt));
                    s.setString(8, guidance);
                    s.setLong(9, changed.version());
                    s.executeUpdate();
                }
            } else {
                updateHead(connection, id, resident, changed.version(), expectedVersion, head, guidance, updatedAt,
                        closedAt, anonymisedAt);
            }
            writeParts(connection, id, before, changed);
        });
        for (int i = 0; i < added.size(); i++) {
            CaseEvent event = added.get(i);
            em.persist(new CaseEventJpaEntity(id, (int) expectedVersion + i + 1, StoredJson.typeOf(event), event.at(),
                    event.by().value(), event.summary(), StoredJson.eventOf(event)));
        }
        Projections.Facts factsBefore = before.map(b -> Projections.of(b.theCase())).getOrElse(Projections.Facts.NONE);
        Projections.Facts factsAfter = Projections.of(changed);
        Seq<Projections.MeasureFact> measures = Projections.measuresWritten(factsBefore, factsAfter);
        Projections.write(em, id, factsBefore, factsAfter, measures);
        Map<Part, Integer> rows = HashMap.ofEntries(List.of(Part.values())
                .map(p -> io.vavr.Tuple.of(p, p.of(changed).size())));
        unitOfWork.work().remember(new StoredCase(id, changed.version(), changed, rows));
        em.flush(); // the new events and projections are refused here, by save, if anything conflicts
        // Last, so a save refused above has locked no counter; committed or rolled back with everything else.
        var counts = MonitoringCounts.change(factsBefore, factsAfter, measures,
                measuresWithdrawn(id, MonitoringCounts.newlyInError(factsBefore, factsAfter)));
        if (!counts.isEmpty()) {
            session().doWork(connection -> MonitoringCounts.add(connection, !postgres, counts));
        }
    }

    /** Moves the head from the version the writer read to the new one; anyone who wrote in between is refused. */
    /**
     * The measures of decisions just entered in error, as written when they were authorised (a variation since
     * changed nothing there): read only on the save that enters a decision in error.
     */
    private Seq<Projections.MeasureFact> measuresWithdrawn(UUID id, Seq<Integer> decisions) {
        if (decisions.isEmpty()) {
            return List.empty();
        }
        return List.ofAll(unitOfWork.em().createQuery("select m.decision, m.position, m.kind, m.services from MeasureJpaEntity m"
                        + " where m.caseId = :caseId and m.decision in :decisions", Object[].class)
                .setParameter("caseId", id).setParameter("decisions", decisions.toJavaList()).getResultList())
                .map(r -> new Projections.MeasureFact((Integer) r[0], (Integer) r[1], (String) r[2],
                        (String) r[3]));
    }

    private void updateHead(Connection connection, UUID id, String resident, long version, long expectedVersion,
            String head, String guidance, Option<Instant> updatedAt, Instant closedAt, Option<Instant> anonymisedAt)
            throws SQLException {
        String times = updatedAt.isDefined() ? ", updated_at = ?, closed_at = ?" : "";
        String anonymised = anonymisedAt.isDefined() ? ", anonymised_at = ?" : "";
        try (PreparedStatement s = connection.prepareStatement("update uca_case set resident_id = ?,"
                + " case_version = ?, row_version = row_version + 1, snapshot = " + json + ", guidance = ?,"
                + " guidance_version = ?" + times + anonymised
                + " where id = ? and case_version = ?")) {
            int i = 1;
            s.setString(i++, resident);
            s.setLong(i++, version);
            s.setString(i++, head);
            s.setString(i++, guidance);
            s.setLong(i++, version);
            if (updatedAt.isDefined()) {
                s.setObject(i++, time(updatedAt.get()));
                s.setObject(i++, closedAt == null ? null : time(closedAt));
            }
            if (anonymisedAt.isDefined()) {
                s.setObject(i++, time(anonymisedAt.get()));
            }
            s.setObject(i++, id);
            s.setLong(i, expectedVersion);
            if (s.executeUpdate() != 1) {
                throw new ConcurrentChange("Case " + id + " was changed by someone else since version "
                        + expectedVersion + ".");
            }
        }
    }

    /**
     * Inserts the parts that are new since the stored case and rewrites the ones that changed (a decision reviewed,
     * an appeal decided, text removed under the retention rule), one batch each; unchanged parts are not touched.
     */
    private void writeParts(Connection connection, UUID id, Option<StoredCase> before, Case after)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into case_part (case_id, part, part_no, document) values (?, ?, ?, " + json + ")");
                PreparedStatement update = connection.prepareStatement(
                        "update case_part set document = " + json + " where case_id = ? and part = ? and part_no = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Part part : Part.values()) {
                Seq<?> now = part.of(after);
                int stored = before.map(b -> b.rowsOf(part)).getOrElse(0);
                Seq<?> then = before.map(b -> (Seq<?>) part.of(b.theCase())).getOrElse(List.empty());
                if (stored > now.size()) {
                    throw new IllegalStateException("A case never loses its " + part.name().toLowerCase() + "s.");
                }
                for (int i = 0; i < now.size(); i++) {
                    Object value = now.get(i);
                    if (i >= stored) {
                        insert.setObject(1, id);
                        insert.setString(2, part.name());
                        insert.setInt(3, i + 1);
                        insert.setString(4, StoredJson.partOf(part, value));
                        insert.addBatch();
                        inserts++;
                    } else if (value != then.get(i) && !value.equals(then.get(i))) {
                        update.setString(1, StoredJson.partOf(part, value));
                        update.setObject(2, id);
                        update.setString(3, part.name());
                        update.setInt(4, i + 1);
                        update.addBatch();
                        updates++;
                    }
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                update.executeBatch();
            }
        }
    }

    private Session session() {
        return unitOfWork.em().unwrap(Session.class);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
