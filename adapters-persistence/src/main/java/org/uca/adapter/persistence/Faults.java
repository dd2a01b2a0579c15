package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.HibernateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.OutcomeUnknown;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.StoredValueRejected;

/**
 * Turns what the database and Hibernate throw into the application's three storage outcomes, with messages a
 * person can act on and never the database's own text (which may quote SQL or data):
 * <ul>
 * <li>someone else changed the same case first (a stale version, a second case for the resident, a lock held by a
 * concurrent change) → {@link ConcurrentChange};</li>
 * <li>the database cannot be reached (no connection within the pool's timeout, a connection lost) →
 * {@link StorageUnavailable};</li>
 * <li>a value the database refuses (a duplicate key, a missing reference, too long) →
 * {@link StoredValueRejected}, naming the field.</li>
 * </ul>
 * Anything else from the database becomes a {@link StorageFailure} with a plain message; the cause is kept for the
 * log.
 */
final class Faults {

    static final String CONFLICT = "Someone else changed this case at the same time; nothing was saved.";
    static final String UNAVAILABLE = "The database cannot be reached just now; nothing was changed.";

    /**
     * Constraints whose violation means a concurrent change to a case (its id, its resident, its parts) or to the
     * monitoring counts it moves, not bad input.
     */
    private static final java.util.List<String> CONFLICTING = java.util.List.of("uca_case_pk", "uca_case_resident_uk",
            "case_event_pk", "case_action_pk", "case_warning_pk", "case_decision_pk", "decision_measure_pk",
            "case_appeal_pk", "case_correspondence_pk", "decision_notice_withheld_pk", "monitoring_day_pk");

    /** A named constraint, and what its violation means to a person: the field, and why it was refused. */
    private record Protects(String constraint, String field, String reason) {
    }

    private static final java.util.List<Protects> REFUSALS = java.util.List.of(
            new Protects("staff_account_staff_uk", "staff", "This member of staff already has a sign-in account."),
            new Protects("staff_account_staff_fk", "staff", "There is no such member of staff in the staff directory."),
            new Protects("staff_account_pk", "username", "There is already an account with this username."),
            new Protects("resident_pk", "id", "There is already a resident with this reference."),
            new Protects("staff_member_pk", "id", "There is already a member of staff with this id."),
            new Protects("staff_member_authority_ck", "authority", "This is not an authority level the policy names."),
            new Protects("issued_letter_case_fk", "caseId", "There is no such case."));

    private static final Protects ANY_VALUE = new Protects("", "value",
            "The database refused this value; nothing was changed.");

    private Faults() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ConcurrentChange || e instanceof StorageUnavailable || e instanceof StoredValueRejected
                || e instanceof StorageFailure || e instanceof OutcomeUnknown) {
            return e;
        }
        if (isConcurrentChange(e)) {
            return new ConcurrentChange(CONFLICT, e);
        }
        if (isConnectionFailure(e)) {
            return new StorageUnavailable(UNAVAILABLE, e);
        }
        Option<String> constraint = violatedConstraint(e);
        if (constraint.isDefined()) {
            String named = constraint.get(); // as the database reports it, possibly with schema and index details
            if (CONFLICTING.stream().anyMatch(named::contains)) {
                return new ConcurrentChange(CONFLICT, e);
            }
            Protects refusal = REFUSALS.stream().filter(r -> named.contains(r.constraint())).findFirst()
                    .orElse(ANY_VALUE);
            return new StoredValueRejected(refusal.field(), refusal.reason(), e);
        }
        Option<String> state = sqlState(e);
        if (state.exists(s -> s.equals("22001"))) {
            return new StoredValueRejected("value", "A value is too long to keep; nothing was changed.", e);
        }
        if (state.exists(s -> s.startsWith("23") || s.startsWith("22"))) {
            return new StoredValueRejected("value", "The database refused a value; nothing was changed.", e);
        }
        if (e instanceof PersistenceException || e instanceof HibernateException || state.isDefined()) {
            return new StorageFailure(e);
        }
        return e;
    }

    private static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof LockAcquisitionException || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("40001") || s.getSQLState().equals("40P01")
                            || s.getSQLState().equals("55P03") || s.getSQLState().equals("HYT00")
                            || s.getSQLState().equals("90131"))) {
                // serialisation failure, deadlock, lock not available, H2 lock timeout, H2 concurrent update
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().equals("57P01")
                            || s.getSQLState().equals("57P02") || s.getSQLState().equals("57P03"))) {
                return true; // connection exception, admin or crash shutdown, cannot connect now
            }
        }
        return false;
    }

    private static Option<String> violatedConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                String name = c.getConstraintName();
                return Option.some(name == null ? "" : name.toLowerCase(Locale.ROOT));
            }
        }
        return Option.none();
    }

    private static Option<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return Option.some(s.getSQLState());
            }
        }
        return Option.none();
    }

    /** The database failed in a way no caller can correct; nothing was changed. */
    static final class StorageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StorageFailure(Throwable cause) {
            super("The database could not complete the request; nothing was changed.", cause);
        }
    }
}
