package org.uca.adapter.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every statement sent to the database (datasource-proxy), so a test can assert how many a use case needs:
 * a JDBC batch counts as one round trip.
 */
final class StatementLog implements QueryExecutionListener {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    /** The statements sent in auto-commit, each its own transaction (no BEGIN or COMMIT round trip around it). */
    private final List<String> autoCommitted = new CopyOnWriteArrayList<>();

    DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("uca").listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        try {
            if (execution.getStatement().getConnection().getAutoCommit()) {
                autoCommitted.add(queries.isEmpty() ? "?" : queries.get(0).getQuery());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        String sql = queries.isEmpty() ? "?" : queries.get(0).getQuery();
        statements.add(execution.isBatch() ? sql + "  [batch of " + execution.getBatchSize() + "]" : sql);
    }

    void clear() {
        statements.clear();
        autoCommitted.clear();
    }

    /** The statements since the last clear that ran in auto-commit. */
    List<String> autoCommitted() {
        return List.copyOf(autoCommitted);
    }

    int count() {
        return statements.size();
    }

    List<String> statements() {
        return List.copyOf(statements);
    }

    /** The statements since the last clear, one a line, for failure messages. */
    String listing() {
        StringBuilder text = new StringBuilder();
        statements.forEach(s -> text.append("\n  ").append(s));
        return text.toString();
    }
}
