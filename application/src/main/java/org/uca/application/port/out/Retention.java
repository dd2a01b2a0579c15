package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.uca.domain.cases.Case;

/** What the retention rule needs from the case store: the cases it applies to, and a way to keep them anonymised. */
public interface Retention {

    /**
     * Cases not yet anonymised that ended (see {@link Case#ended()}) before {@code cutoff}. The store may select by
     * its own index; the application checks every case against the domain's rule before changing it.
     */
    Seq<Case> casesEndedBefore(Instant cutoff);

    /**
     * Stores each case as anonymised in place of what was held (same id and version), and deletes the letters and
     * notifications about it. Part of the caller's unit of work.
     *
     * @param at when, by the application's clock (the time the audit trail gives)
     * @throws ConcurrentChange when someone changed one of the cases since it was read
     */
    void replaceWithAnonymised(Seq<Case> anonymised, Instant at);
}
