package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.metamodel.EntityType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.OutcomeUnknown;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.application.port.out.UnitOfWork;
import org.uca.domain.people.ResidentId;

/**
 * One entity manager and one database transaction per unit of work, held for the thread that runs it. A port
 * called inside a unit of work joins it; called on its own, it runs in a unit of work of its own. The work is
 * flushed before commit, so a stale version or a refused value surfaces here, translated (see {@link Faults}), and
 * if anything throws before the commit, nothing is kept; if the commit itself is lost, the outcome is unknown.
 */
final class JpaUnitOfWork implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(JpaUnitOfWork.class);

    /** What belongs to the unit of work running on this thread. */
    static final class Work {
        final EntityManager em;
        /**
         * Cases already read in this unit of work, by resident, including "none": a search that shows whether each
         * resident found has a case reads them all in one statement, and the look-ups that follow reuse them.
         */
        final Map<ResidentId, Option<StoredCase>> casesByResident = new HashMap<>();
        /** Cases already read in this unit of work, by id: saving a case just read needs no statement to find it. */
        final Map<UUID, StoredCase> casesById = new HashMap<>();

        Work(EntityManager em) {
            this.em = em;
        }

        void remember(StoredCase stored) {
            casesById.put(stored.id(), stored);
            casesByResident.put(stored.theCase().resident(), Option.some(stored));
        }
    }

    /** Hibernate; while it is still booting ({@link UcaDatabase#start}) a unit of work waits for it. */
    private final Supplier<EntityManagerFactory> factory;
    private final ThreadLocal<Work> current = new ThreadLocal<>();

    JpaUnitOfWork(Supplier<EntityManagerFactory> factory) {
        this.factory = factory;
    }

    /**
     * Waits, as a unit of work would, until Hibernate is ready (for work that reads the database without it: until
     * then the schema may not be the one UCA maps).
     */
    void awaitReady() {
        factory.get();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    /** Reads only: Hibernate keeps no snapshots for dirty checking and never flushes (every question). */
    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        Work running = current.get();
        if (running != null) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                EntityTransaction tx = running.em.getTransaction();
                if (tx.isActive()) {
                    tx.setRollbackOnly(); // part of the work failed: none of it may be committed
                }
                throw Faults.translate(e);
            }
        }
        EntityManager em;
        try {
            em = factory.get().createEntityManager();
        } catch (RuntimeException e) {
            throw Faults.translate(e);
        }
        current.set(new Work(em));
        EntityTransaction tx = em.getTransaction();
        try {
            if (readOnly) {
                Session session = em.unwrap(Session.class);
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
            }
            tx.begin();
            T result = work.get();
            if (tx.getRollbackOnly()) {
                // Part of the work failed and someone swallowed the failure: keep none of it.
                throw new Faults.StorageFailure(new IllegalStateException("The transaction was marked for rollback."));
            }
            if (!readOnly) {
                em.flush();
            }
            commit(tx, readOnly);
            return result;
        } catch (RuntimeException e) {
            rollBack(tx);
            throw Faults.translate(e);
        } finally {
            current.remove();
            close(em);
        }
    }

    /**
     * Commits: a write whose commit the database refuses (a conflict, a refused value) was rolled back and is
     * translated as any failure, but one whose commit is lost with the connection may have been saved
     * ({@link OutcomeUnknown}).
     */
    private static void commit(EntityTransaction tx, boolean readOnly) {
        try {
            tx.commit();
        } catch (RuntimeException e) {
            RuntimeException translated = Faults.translate(e);
            throw readOnly || translated instanceof ConcurrentChange || translated instanceof StoredValueRejected
                    ? translated : new OutcomeUnknown(e);
        }
    }

    /** The unit of work running on this thread; ports only call this inside {@link #inTransaction}. */
    Work work() {
        Work work = current.get();
        if (work == null) {
            throw new IllegalStateException("No unit of work is running on this thread.");
        }
        return work;
    }

    EntityManager em() {
        return work().em;
    }

    /**
     * The row with this id, read with a query. Not {@code EntityManager.find}: when the database fails under it,
     * Hibernate's {@code find} logs the error, marks the transaction for rollback and answers "not found"
     * (HHH-12472), which would read an outage as a missing member of staff or case. A query lets the failure
     * through, to be translated.
     */
    <T> Option<T> find(Class<T> type, Object id) {
        EntityManager em = em();
        EntityType<T> entity = em.getMetamodel().entity(type);
        String idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
        java.util.List<T> rows = em.createQuery("select e from " + entity.getName() + " e where e." + idAttribute
                        + " = :id", type)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? Option.none() : Option.some(rows.get(0));
    }

    private static void rollBack(EntityTransaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.debug("Rolling back failed; the connection is discarded and the database rolls back itself", e);
        }
    }

    private static void close(EntityManager em) {
        try {
            em.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the entity manager failed", e);
        }
    }
}
