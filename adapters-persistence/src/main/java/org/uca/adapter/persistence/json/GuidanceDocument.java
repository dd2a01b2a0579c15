package org.uca.adapter.persistence.json;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.people.ResidentId;

/**
 * A case's guidance facts as kept beside its head (uca_case.guidance): the read model of the contact-guidance hot
 * path. It is derived, never the record: a document in another format is not upcast but ignored, and the guidance
 * is then worked out from the case itself until the case is next saved.
 *
 * @param inForce  the decisions in force: number, review date and measures (as in the case document)
 * @param adjustments the reasonable adjustments recorded (as in the case document)
 * @param contactTime the minutes of contact on each day that can still count against an allowance, as pairs of
 *                    numbers (the day as an epoch day, minutes): few and cheap to read
 */
record GuidanceDocument(int format, java.util.List<InForce> inForce, java.util.List<long[]> contactTime,
        java.util.List<CaseDocument.Adjustment> adjustments) {

    /** 2: each decision's number, and the reasonable adjustments (guidance says where each line comes from). */
    static final int FORMAT = 2;

    record InForce(int decision, LocalDate reviewDate, java.util.List<CaseDocument.Measure> measures) {
    }

    static GuidanceDocument of(GuidanceFacts facts) {
        return new GuidanceDocument(FORMAT,
                facts.inForce().map(d -> new InForce(d.decision().number(), d.reviewDate(),
                        d.measures().map(CaseDocuments::measure).toJavaList())).toJavaList(),
                facts.contactTime().map(d -> new long[] {d.day().toEpochDay(), d.minutes()}).toJavaList(),
                facts.adjustments().map(CaseDocuments::adjustment).toJavaList());
    }

    GuidanceFacts toFacts(ResidentId resident) {
        return new GuidanceFacts(resident,
                List.ofAll(inForce).map(d -> new GuidanceFacts.InForce(new DecisionId(d.decision()), d.reviewDate(),
                        List.ofAll(d.measures()).map(CaseDocuments::measure))),
                List.ofAll(contactTime).map(d -> new GuidanceFacts.ContactDay(LocalDate.ofEpochDay(d[0]),
                        Math.toIntExact(d[1]))),
                adjustments == null ? List.empty() : List.ofAll(adjustments).map(CaseDocuments::adjustment));
    }
}
