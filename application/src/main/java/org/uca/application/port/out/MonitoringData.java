package org.uca.application.port.out;

import java.time.LocalDate;

/** The figures the Service Development Team monitors, computed where the data is (in SQL for a database). */
public interface MonitoringData {

    /** Figures for decisions, warnings, actions and appeals dated from {@code from} to {@code to} inclusive. */
    MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today);
}
