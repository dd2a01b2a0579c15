package org.uca.adapter.web.view;

import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.Measure;

/** A measure on a staff page: its kind, its words and, for a contact standard or service limit, its services. */
public final class MeasureLines {

    private MeasureLines() {
    }

    /** "No telephone calls until further notice: We will no longer … (for repairs only)". */
    public static String described(Measure m) {
        return m.kind().label() + ": " + m.inPlainEnglish() + AppliesToServices.scopeOf(m)
                .map(scope -> " (" + scope.inPlainEnglish() + ")").getOrElse("");
    }
}
