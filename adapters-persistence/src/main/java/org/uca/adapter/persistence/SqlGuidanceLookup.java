package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.GuidanceLookup;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The contact-guidance hot path in one statement, in auto-commit (no BEGIN, no COMMIT): the staff directory's
 * generation, whether the resident is known, and their case's guidance facts (uca_case.guidance). Staff entries are
 * kept between requests for as long as the generation they were read at is the one the database holds; the
 * generation moves on, by trigger, with any change to the directory or to an account, whichever process makes it.
 * A case whose kept facts are missing or behind its version (written by an older UCA) is answered from the case.
 */
final class SqlGuidanceLookup implements GuidanceLookup {

    /** The resident directory is read only for a resident without a case (a case is enough to know them). */
    private static final String LOOK_UP = "select g.generation,"
            + " case when c.id is null then exists (select 1 from resident r where r.id = ?) end,"
            + " c.case_version, c.guidance_version, c.guidance, c.id"
            + " from staff_directory_generation g left join uca_case c on c.resident_id = ?";

    /** Someone who has left, or whose account is disabled, has no role (as {@code JpaStaffDirectory.find}). */
    private static final String STAFF = "select g.generation, s.id, s.name, s.team, s.authority,"
            + " case when s.left_on is null and a.disabled_at is null then a.role end"
            + " from staff_directory_generation g"
            + " left join staff_member s on s.id = ?"
            + " left join staff_account a on a.staff_id = s.id";

    /** The staff entries read at one generation of the directory (only members found: the set stays bounded). */
    private record Known(long generation, Map<StaffId, StaffDirectory.Entry> entries) {
    }

    private final DataSource dataSource;
    private final JpaUnitOfWork unitOfWork;
    private final JpaCases cases;
    private final AtomicReference<Known> known = new AtomicReference<>(new Known(Long.MIN_VALUE, HashMap.empty()));

    SqlGuidanceLookup(DataSource dataSource, JpaUnitOfWork unitOfWork, JpaCases cases) {
        this.dataSource = dataSource;
        this.unitOfWork = unitOfWork;
        this.cases = cases;
    }

    @Override
    public Option<StaffDirectory.Entry> asking(StaffId id) {
        Option<StaffDirectory.Entry> kept = known.get().entries().get(id);
        return kept.isDefined() ? kept : readStaff(id);
    }

    @Override
    public Found lookUp(StaffId askedBy, ResidentId resident) {
        unitOfWork.awaitReady(); // while UCA starts, only a schema Hibernate has validated is read
        String id = fits(resident.value(), ResidentJpaEntity.MAX_ID);
        long generation;
        boolean residentListed;
        Long caseVersion;
        Long guidanceVersion;
        String guidance;
        UUID caseId;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement(LOOK_UP)) {
            s.setString(1, id);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                generation = generationOf(r);
                residentListed = r.getBoolean(2); // null (false) when there is a case
                caseVersion = r.getObject(3, Long.class);
                guidanceVersion = r.getObject(4, Long.class);
                guidance = r.getString(5);
                caseId = r.getObject(6, UUID.class);
            }
        } catch (SQLException e) {
            throw Faults.translate(new PersistenceException(e));
        }
        Known now = known.get();
        Option<StaffDirectory.Entry> asking = now.generation() == generation ? now.entries().get(askedBy)
                : Option.none();
        if (asking.isEmpty()) {
            asking = readStaff(askedBy);
        }
        Option<GuidanceFacts> facts = Option.none();
        long version = caseVersion == null ? 0 : caseVersion;
        if (caseVersion != null) {
            facts = guidance != null && caseVersion.equals(guidanceVersion)
                    ? StoredJson.guidanceFrom(guidance, resident)
                    : Option.none();
            if (facts.isEmpty()) {
                Option<Case> c = unitOfWork.readOnly(() -> cases.findByResident(resident));
                facts = c.map(GuidanceFacts::of);
                version = c.map(Case::version).getOrElse(version);
            }
        }
        return new Found(asking, residentListed || caseVersion != null, Option.of(caseId).map(CaseId::new), facts,
                version);
    }

    /** The member of staff as the directory has them now, kept for as long as the directory does not change. */
    private Option<StaffDirectory.Entry> readStaff(StaffId id) {
        unitOfWork.awaitReady();
        String staffId = fits(id.value(), StaffJpaEntity.MAX_ID);
        long generation;
        Option<StaffDirectory.Entry> entry;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement(STAFF)) {
            s.setString(1, staffId);
            try (ResultSet r = s.executeQuery()) {
                generation = generationOf(r);
                entry = r.getString(2) == null ? Option.none() : Option.some(new StaffDirectory.Entry(
                        StaffJpaEntity.memberOf(r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
                        AccountJpaEntity.roleFrom(r.getString(6))));
            }
        } catch (SQLException e) {
            throw Faults.translate(new PersistenceException(e));
        }
        // Kept under the generation read with it: another generation (newer, or a restored older one) starts afresh.
        entry.forEach(found -> known.updateAndGet(k -> k.generation() == generation
                ? new Known(generation, k.entries().put(id, found))
                : new Known(generation, HashMap.of(id, found))));
        return entry;
    }

    /**
     * The staff directory's generation from the statement's one row. Without it no kept entry can be trusted, so
     * every question is refused with a clear cause rather than answered on entries that may be stale.
     */
    private static long generationOf(ResultSet r) throws SQLException {
        if (!r.next()) {
            throw new Faults.StorageFailure(new IllegalStateException("staff_directory_generation has lost its row;"
                    + " restore it with: insert into staff_directory_generation (id, generation) values (1, 0)"));
        }
        return r.getLong(1);
    }

    /** The value, or null (which matches no row) when it is longer than any stored one. */
    private static String fits(String value, int max) {
        return value.length() <= max ? value : null;
    }
}
