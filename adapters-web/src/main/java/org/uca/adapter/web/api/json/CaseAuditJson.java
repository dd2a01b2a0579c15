package org.uca.adapter.web.api.json;

import static org.uca.adapter.web.api.json.CaseJson.text;

import java.util.List;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;

/** A case's audit trail and who has looked at it: a page of each, newest first, with who (name and role). */
public record CaseAuditJson(String caseId, AttemptsPage attempts, LooksPage looks) {

    /** @param role null for someone with no role in UCA now */
    public record Who(String id, String name, Role role) {
    }

    /** @param beforeTheCase made about the resident while they had no case */
    public record Attempt(String at, Who who, String what, AuditLog.Outcome outcome, String why,
            boolean beforeTheCase) {
    }

    public record Look(String at, Who who, String what) {
    }

    public record AttemptsPage(List<Attempt> items, int page, int size, long total) {
    }

    public record LooksPage(List<Look> items, int page, int size, long total) {
    }

    public static CaseAuditJson from(CaseAuditQuery.CaseAudit audit) {
        Page<CaseAuditQuery.Attempt> a = audit.attempts();
        Page<CaseAuditQuery.Look> l = audit.looks();
        return new CaseAuditJson(audit.caseId().toString(),
                new AttemptsPage(a.items().map(x -> new Attempt(text(x.entry().at()), new Who(x.entry().who().value(),
                        x.whoName(), x.whoRole().getOrNull()), x.entry().command(), x.entry().outcome(),
                        x.entry().why(), x.entry().caseId().isEmpty())).toJavaList(), a.number(), a.size(), a.total()),
                new LooksPage(l.items().map(x -> new Look(text(x.access().at()), new Who(x.access().who().value(),
                        x.whoName(), x.whoRole().getOrNull()), x.access().what())).toJavaList(), l.number(), l.size(),
                        l.total()));
    }
}
