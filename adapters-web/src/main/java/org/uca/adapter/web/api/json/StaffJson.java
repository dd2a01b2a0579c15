package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.people.AuthorityLevel;

/**
 * A member of staff as the staff directory records them.
 *
 * @param role   their role in UCA (from their account), or "" for none
 * @param leftOn the date they left (ISO), or "" while they work here
 * @param singleSignOn the issuer of the single sign-on they are linked to (their role and authority level then come
 *                     from its claims, and an edit may not change them), or "" for none
 */
public record StaffJson(String id, String name, String email, String team, String jobTitle,
        AuthorityLevel authority, String role, String leftOn, String singleSignOn) {

    public static StaffJson from(StaffRecord r) {
        return new StaffJson(r.member().id().value(), r.member().name(), r.email(), r.member().team(), r.jobTitle(),
                r.member().authority(), r.role().map(Enum::name).getOrElse(""),
                r.leftOn().map(Object::toString).getOrElse(""), r.singleSignOn().getOrElse(""));
    }

    /** A page of the staff directory. */
    public record Page(List<StaffJson> items, int page, long pages, long total) {
        public static Page from(org.uca.application.port.out.Page<StaffRecord> page) {
            return new Page(page.items().map(StaffJson::from).toJavaList(), page.number(), page.pages(),
                    page.total());
        }
    }
}
