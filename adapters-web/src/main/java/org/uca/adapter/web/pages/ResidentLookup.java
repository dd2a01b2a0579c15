package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.control.Option;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** A resident's name and address for a page's heading: from their case, or from the housing system. */
final class ResidentLookup {

    private final ViewCaseQuery viewCase;
    private final FindResidentsQuery findResidents;

    ResidentLookup(ViewCaseQuery viewCase, FindResidentsQuery findResidents) {
        this.viewCase = viewCase;
        this.findResidents = findResidents;
    }

    /** The resident, the version of their case a form about them is filled in from, and their needs recorded. */
    record Shown(Resident resident, CaseVersion caseVersion, ResidentNeeds needs) {
    }

    Shown resident(StaffId me, ResidentId id) {
        Option<CaseId> caseId = orFail(viewCase.caseOf(me, id));
        if (caseId.isDefined()) {
            ViewCaseQuery.CaseView v = orFail(viewCase.viewCase(me, caseId.get()));
            return new Shown(v.resident(), new CaseVersion(v.theCase().version()), v.theCase().needs());
        }
        return orFail(findResidents.findResidents(me, id.value()))
                .map(FindResidentsQuery.Found::resident).find(r -> r.id().equals(id))
                .map(r -> new Shown(r, CaseVersion.NO_CASE_YET, ResidentNeeds.NONE_RECORDED))
                .getOrElseThrow(() -> new HttpProblem(404, "Resident not found",
                        "There is no resident " + id + " in the housing system."));
    }
}
