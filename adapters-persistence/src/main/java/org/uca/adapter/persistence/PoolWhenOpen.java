package org.uca.adapter.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection pool, once it is open: what Hibernate is given, so that it starts reading its mappings while the
 * pool opens the database (a large H2 file, or a PostgreSQL connection). Asked for a connection before then, it waits;
 * if the pool failed to open, it says so — unchecked, so that Hibernate's boot ends with it instead of logging it as a
 * database error with its stack trace and booting on (the start-up failure is reported once, by whoever started UCA).
 */
final class PoolWhenOpen implements DataSource {

    private final CompletableFuture<DataSource> pool;

    PoolWhenOpen(CompletableFuture<DataSource> pool) {
        this.pool = pool;
    }

    private DataSource pool() throws SQLException {
        try {
            return pool.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The connection pool did not open", e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The pool logs through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool().isWrapperFor(type);
    }
}
