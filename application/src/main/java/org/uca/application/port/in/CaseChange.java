package org.uca.application.port.in;

/** A command that changes a case, and can say which version of the case it was asked for from. */
public interface CaseChange<C extends CaseChange<C>> {

    /** The same command, asked for from the given version of the case: refused as stale if the case has moved on. */
    C seenAt(CaseVersion version);
}
