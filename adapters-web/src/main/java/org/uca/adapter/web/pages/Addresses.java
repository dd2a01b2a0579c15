package org.uca.adapter.web.pages;

import org.uca.domain.cases.CaseId;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;

/** Where the pages live, and the one word every page needs before an authority level. */
final class Addresses {

    private Addresses() {
    }

    static String caseHref(CaseId id) {
        return "/cases/" + id;
    }

    static String residentHref(ResidentId id) {
        return "/residents/" + id.value();
    }

    /** "a Service Manager", "an Assistant Director". */
    static String article(AuthorityLevel level) {
        return level == AuthorityLevel.ASSISTANT_DIRECTOR ? "an" : "a";
    }
}
