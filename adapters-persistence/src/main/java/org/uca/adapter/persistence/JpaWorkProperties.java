package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;
import org.uca.application.port.out.WorkProperties;
import org.uca.domain.people.Uprn;

/**
 * The {@code contractor_work_limit} and {@code contractor_work_property} tables (V34), in the unit of work: a list
 * replaced in the same transaction as its audit entry. Written in JDBC batches, as a list may name 50 000 properties.
 */
final class JpaWorkProperties implements WorkProperties {

    static final int MAX_WORKER = 80;
    private static final int BATCH = 1000;

    private final JpaUnitOfWork unitOfWork;

    JpaWorkProperties(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Option<Seq<Uprn>> of(Worker worker) {
        return unitOfWork.inTransaction(() -> limited(worker) ? Option.some(uprns(worker)) : Option.none());
    }

    @Override
    public boolean limits(Worker worker) {
        return unitOfWork.inTransaction(() -> limited(worker));
    }

    @Override
    public Option<Integer> count(Worker worker) {
        return unitOfWork.inTransaction(() -> {
            if (!limited(worker)) {
                return Option.none();
            }
            Number n = (Number) unitOfWork.em().createNativeQuery("select count(*) from contractor_work_property"
                    + " where worker = ?1").setParameter(1, key(worker)).getSingleResult();
            return Option.some(n.intValue());
        });
    }

    @Override
    public boolean includes(Worker worker, Uprn property) {
        return unitOfWork.inTransaction(() -> !unitOfWork.em().createNativeQuery("select 1 from"
                + " contractor_work_property where worker = ?1 and uprn = ?2").setParameter(1, key(worker))
                .setParameter(2, property.value()).setMaxResults(1).getResultList().isEmpty());
    }

    @Override
    public void replace(Worker worker, Option<Seq<Uprn>> properties) {
        String key = key(worker);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement gone = connection.prepareStatement(
                        "delete from contractor_work_property where worker = ?")) {
                    gone.setString(1, key);
                    gone.executeUpdate();
                }
                try (PreparedStatement gone = connection.prepareStatement(
                        "delete from contractor_work_limit where worker = ?")) {
                    gone.setString(1, key);
                    gone.executeUpdate();
                }
                if (properties.isEmpty()) {
                    return;
                }
                try (PreparedStatement limit = connection.prepareStatement(
                        "insert into contractor_work_limit (worker) values (?)")) {
                    limit.setString(1, key);
                    limit.executeUpdate();
                }
                try (PreparedStatement add = connection.prepareStatement(
                        "insert into contractor_work_property (worker, uprn) values (?, ?)")) {
                    int pending = 0;
                    for (Uprn uprn : properties.get().distinct()) {
                        add.setString(1, key);
                        add.setString(2, uprn.value());
                        add.addBatch();
                        if (++pending == BATCH) {
                            add.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        add.executeBatch();
                    }
                }
            });
            return null;
        });
    }

    private boolean limited(Worker worker) {
        return !unitOfWork.em().createNativeQuery("select 1 from contractor_work_limit where worker = ?1")
                .setParameter(1, key(worker)).setMaxResults(1).getResultList().isEmpty();
    }

    private Seq<Uprn> uprns(Worker worker) {
        java.util.List<Uprn> rows = new java.util.ArrayList<>();
        unitOfWork.em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "select uprn from contractor_work_property where worker = ? order by uprn")) {
                s.setString(1, key(worker));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Uprn(r.getString(1)));
                    }
                }
            }
        });
        return List.ofAll(rows);
    }

    private static String key(Worker worker) {
        return StoredValues.fit("worker", worker.key(), MAX_WORKER);
    }
}
