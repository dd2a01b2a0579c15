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

    DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("uca").listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        String sql = queries.isEmpty() ? "?" : queries.get(0).getQuery();
        statements.add(execution.isBatch() ? sql + "  [batch of " + execution.getBatchSize() + "]" : sql);
    }

    void clear() {
        statements.clear();
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
