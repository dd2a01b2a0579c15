package org.uca.domain.cases;

import java.util.Objects;

/** The result of an accepted change: the case as it now is, and the event that records the change. */
public record CaseUpdate(Case after, CaseEvent event) {
    public CaseUpdate {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(event, "event");
    }
}
