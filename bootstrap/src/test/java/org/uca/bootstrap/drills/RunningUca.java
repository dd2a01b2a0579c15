package org.uca.bootstrap.drills;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.uca.bootstrap.Configuration;
import org.uca.bootstrap.Main;

/**
 * The real UCA (configuration, store, demo data, web app and API), started in this JVM exactly as {@code Main} starts
 * it, on a free port. {@code Main.start} is package-private, so the drills reach it by reflection rather than widen the
 * composition root's API for tests.
 */
final class RunningUca implements AutoCloseable {

    private final Object running;
    final int port;
    final String base;

    private RunningUca(Object running) {
        this.running = running;
        this.port = (int) call(running, "port");
        this.base = "http://localhost:" + port;
    }

    /** Starts UCA with these settings (plus port 0; no session secret, so the store's own), with the demo data set. */
    static RunningUca start(Map<String, String> settings) {
        return start(settings, true);
    }

    /** Starts UCA as a landlord runs it, without {@code --demo}: no demo data, no published passwords. */
    static RunningUca startForReal(Map<String, String> settings) {
        return start(settings, false);
    }

    private static RunningUca start(Map<String, String> settings, boolean demo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("UCA_PORT", "0");
        env.putAll(settings);
        Configuration configuration = Configuration.from(env, new Properties());
        try {
            Method start = Main.class.getDeclaredMethod("start", Configuration.class, boolean.class);
            start.setAccessible(true);
            return new RunningUca(start.invoke(null, configuration, demo));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Main.start(Configuration, boolean) is not there any more", e);
        }
    }

    /** UCA on an H2 database held in this JVM's memory (so the drill can read it directly with {@link #h2Url}). */
    static Map<String, String> onH2InMemory(String name) {
        return Map.of("UCA_JDBC_URL", h2Url(name));
    }

    static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1";
    }

    private static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Main.Running." + method + "() is not there any more", e);
        }
    }

    @Override
    public void close() {
        call(running, "stop");
    }
}
