package org.uca.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A fault at commit: once armed, the next commit of a transaction that wrote (an insert, update or delete) loses the
 * connection (SQLSTATE 08006), either after the database committed ({@link When#AFTER_IT_LANDED}) or before
 * ({@link When#BEFORE_IT_LANDED}) — from UCA's side the two look the same, which is the point.
 */
final class LostCommit {

    enum When { AFTER_IT_LANDED, BEFORE_IT_LANDED }

    private static final java.util.regex.Pattern WRITES = java.util.regex.Pattern.compile(
            "\\s*(insert|update|delete|merge)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final AtomicReference<When> armed = new AtomicReference<>();

    void arm(When when) {
        armed.set(when);
    }

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                delegating(dataSource, (target, method, args) -> {
                    Object result = method.invoke(target, args);
                    return result instanceof Connection c ? connection(c) : result;
                }));
    }

    private Connection connection(Connection connection) {
        java.util.concurrent.atomic.AtomicBoolean wrote = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                delegating(connection, (target, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                            && WRITES.matcher(sql).lookingAt()) {
                        wrote.set(true);
                    }
                    boolean ending = method.getName().equals("commit") || method.getName().equals("rollback");
                    When when = method.getName().equals("commit") && wrote.get() ? armed.getAndSet(null) : null;
                    if (ending) {
                        wrote.set(false);
                    }
                    if (when == When.AFTER_IT_LANDED) {
                        connection.commit();
                    } else if (when == When.BEFORE_IT_LANDED) {
                        connection.rollback();
                    }
                    if (when != null) {
                        throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                    }
                    return method.invoke(target, args);
                }));
    }

    private interface Call {
        Object on(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static InvocationHandler delegating(Object target, Call call) {
        return (proxy, method, args) -> {
            try {
                return call.on(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
