package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** The append-only record of every command: who, when, what, why, and whether it was accepted or refused. */
public interface AuditLog {

    void append(Entry entry);

    Seq<Entry> forCase(CaseId caseId);

    /** How many entries there are in all; entries are never changed or removed. */
    long count();

    enum Outcome { ACCEPTED, REFUSED, NOT_FOUND, CONFLICT, NOT_PERMITTED }

    record Entry(Instant at, StaffId who, String command, Option<CaseId> caseId, Outcome outcome, String why) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(why, "why");
        }
    }
}
