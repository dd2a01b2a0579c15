package org.uca.adapter.web.pages;

import java.util.List;
import org.uca.adapter.web.view.UkDates;
import org.uca.domain.cases.ResidentNeeds;

/** The resident's recorded needs in words, as the case page and the subject access document show them. */
final class NeedsLines {

    private NeedsLines() {
    }

    /** "Phone contact: prefers calls; interpreter. Vulnerability: lives alone." (or "nothing recorded"). */
    static String said(ResidentNeeds n) {
        String adjustments = n.adjustments().map(a -> a.kind().label() + (a.notes().isEmpty() ? "" : ": " + a.notes()))
                .mkString("; ");
        String vulnerability = n.vulnerabilityNotes().isEmpty() ? "" : "Vulnerability: " + n.vulnerabilityNotes();
        String both = (adjustments.isEmpty() ? "" : adjustments + ".")
                + (adjustments.isEmpty() || vulnerability.isEmpty() ? "" : " ") + vulnerability;
        return both.isEmpty() ? "nothing recorded" : both;
    }

    /** Each earlier record, superseded by a change: who, when, why and what it said, oldest first. */
    static List<String> superseded(ResidentNeeds n, java.util.function.Function<org.uca.domain.people.StaffId,
            String> nameOf) {
        return n.amendments().map(m -> "Changed by " + nameOf.apply(m.by()) + ", " + UkDates.dateTime(m.at()) + ": "
                + m.reason() + " It said: " + said(m.superseded())).toJavaList();
    }
}
