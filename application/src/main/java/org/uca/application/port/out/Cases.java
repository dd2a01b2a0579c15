package org.uca.application.port.out;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Repository;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** Where cases are kept: one case per resident. */
@Repository
public interface Cases {

    CaseId nextId();

    Option<Case> find(CaseId id);

    Option<Case> findByResident(ResidentId resident);

    /**
     * Stores the case as changed since {@code expectedVersion} (0 for a new case), appending its new events.
     *
     * @throws ConcurrentChange when someone else changed the case since it was read
     * @throws StorageUnavailable when the store cannot be reached
     */
    void save(Case changed, long expectedVersion);
}
