package org.uca.adapter.web.api.json;

/** Whether UCA can do its work just now. */
public record HealthJson(String status) {

    public static HealthJson of(boolean healthy) {
        return new HealthJson(healthy ? "UP" : "DOWN");
    }
}
