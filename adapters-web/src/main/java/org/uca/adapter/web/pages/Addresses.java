package org.uca.adapter.web.pages;

import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;

/** Where the pages live, and the one word every page needs before an authority level. */
final class Addresses {

    private Addresses() {
    }

    static String caseHref(CaseId id) {
        return "/cases/" + id;
    }

    /** The form that marks a case's action, warning or decision as entered in error. */
    static String enteredInErrorHref(CaseId id, EnteredInError.Part part, int number) {
        return caseHref(id) + "/" + part.word() + "s/" + number + "/entered-in-error";
    }

    /** The form that amends a case's action, warning or decision. */
    static String amendHref(CaseId id, EnteredInError.Part part, int number) {
        return caseHref(id) + "/" + part.word() + "s/" + number + "/amend";
    }

    static String residentHref(ResidentId id) {
        return "/residents/" + id.value();
    }

    /** "a Service Manager", "an Assistant Director". */
    static String article(AuthorityLevel level) {
        return level == AuthorityLevel.ASSISTANT_DIRECTOR ? "an" : "a";
    }
}
