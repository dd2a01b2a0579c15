package org.uca.application.inmemory;

import io.vavr.control.Option;
import org.uca.application.port.out.GuidanceLookup;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.cases.Case;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** The guidance hot path in memory: the directories and the case, read as they are now (nothing to cache). */
public final class InMemoryGuidanceLookup implements GuidanceLookup {

    private final InMemoryCases cases;
    private final InMemoryResidentDirectory residents;
    private final InMemoryStaffDirectory staff;

    public InMemoryGuidanceLookup(InMemoryCases cases, InMemoryResidentDirectory residents,
            InMemoryStaffDirectory staff) {
        this.cases = cases;
        this.residents = residents;
        this.staff = staff;
    }

    @Override
    public Option<StaffDirectory.Entry> asking(StaffId id) {
        return staff.find(id);
    }

    @Override
    public Found lookUp(StaffId askedBy, ResidentId resident) {
        Option<Case> c = cases.findByResident(resident);
        return new Found(staff.find(askedBy), c.isDefined() || residents.find(resident).isDefined(), c.map(Case::id),
                c.map(GuidanceFacts::of), c.map(Case::version).getOrElse(0L));
    }
}
