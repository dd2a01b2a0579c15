package org.uca.application.service;

import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.people.ResidentId;

/** The resident a case is about, as the housing system knows them. */
final class Residents {

    private Residents() {
    }

    /** A case outlives a directory entry (a tenancy may end), so a missing entry still gives a usable name. */
    static Resident of(Ports ports, Case c) {
        return ports.residents().find(c.resident()).getOrElse(() -> missing(c.resident()));
    }

    /** How a resident with a case but no directory entry is shown. */
    static Resident missing(ResidentId resident) {
        return new Resident(resident, "Resident " + resident, "Address not on record");
    }
}
