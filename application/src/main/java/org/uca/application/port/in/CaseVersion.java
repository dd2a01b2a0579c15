package org.uca.application.port.in;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The version of a case that a person was looking at when they asked for a change: the number of changes recorded
 * on it then. A change asked for from a version that is no longer the latest is refused as {@link Failure.Stale},
 * so nobody decides on a case that moved on without being told.
 */
@ValueObject
public record CaseVersion(long number) {

    /** What a resident with no case yet is at: the first change opens their case. */
    public static final CaseVersion NO_CASE_YET = new CaseVersion(0);

    public CaseVersion {
        if (number < 0) {
            throw new IllegalArgumentException("A case version is never negative: " + number);
        }
    }

    @Override
    public String toString() {
        return Long.toString(number);
    }
}
