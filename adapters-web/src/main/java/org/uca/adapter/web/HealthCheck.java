package org.uca.adapter.web;

/** Whether UCA can do its work just now (the database answers). */
@FunctionalInterface
public interface HealthCheck {

    boolean healthy();
}
