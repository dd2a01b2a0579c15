package org.uca.adapter.web.port;

/** Whether UCA can do its work just now (the database answers). */
@FunctionalInterface
public interface HealthCheck {

    boolean healthy();
}
