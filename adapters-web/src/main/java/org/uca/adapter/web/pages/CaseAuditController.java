package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Option;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.CaseAuditPage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;

/**
 * A case's audit page, for managers and the Service Development Team: every attempt about the case (accepted,
 * refused, not permitted, conflicting), and who has looked at it, each newest first and paged on its own.
 */
public final class CaseAuditController {

    /** Rows of each list a page shows. */
    static final int PAGE_SIZE = 25;

    private final PageWriter pages;
    private final CaseAuditQuery caseAudit;

    CaseAuditController(PageWriter pages, CaseAuditQuery caseAudit) {
        this.pages = pages;
        this.caseAudit = caseAudit;
    }

    public void register(RouteTable routes) {
        routes.get("/cases/{case}/audit", this::auditPage);
    }

    private void auditPage(Context ctx) {
        int attemptsPage = page(ctx, "page");
        int looksPage = page(ctx, "lookedPage");
        CaseAuditQuery.CaseAudit audit = orFail(caseAudit.caseAudit(RequestSessions.me(ctx), PathParams.caseId(ctx),
                attemptsPage, looksPage, PAGE_SIZE));
        String base = Addresses.caseHref(audit.caseId()) + "/audit";
        Page<CaseAuditQuery.Attempt> attempts = audit.attempts();
        Page<CaseAuditQuery.Look> looks = audit.looks();
        pages.render(ctx, "case-audit.jte", new CaseAuditPage(pages.frame(ctx, "Audit trail: "
                + audit.resident().name()), Addresses.caseHref(audit.caseId()), audit.resident().name(),
                attempts.items().map(a -> new CaseAuditPage.AttemptRow(UkDates.dateTime(a.entry().at()),
                        who(a.whoName(), a.whoRole()), a.entry().command(), outcome(a.entry().outcome()),
                        a.entry().why(), a.entry().caseId().isEmpty())).toJavaList(), attempts.total(),
                attemptsPage > 1 ? base + "?page=" + (attemptsPage - 1) + "&lookedPage=" + looksPage : "",
                attempts.hasNext() ? base + "?page=" + (attemptsPage + 1) + "&lookedPage=" + looksPage : "",
                looks.items().map(l -> new CaseAuditPage.LookRow(UkDates.dateTime(l.access().at()),
                        who(l.whoName(), l.whoRole()), l.access().what())).toJavaList(), looks.total(),
                looksPage > 1 ? base + "?page=" + attemptsPage + "&lookedPage=" + (looksPage - 1) : "",
                looks.hasNext() ? base + "?page=" + attemptsPage + "&lookedPage=" + (looksPage + 1) : ""));
    }

    /** "Priya Shah (Officer)"; someone with no role now is shown by name alone. */
    static String who(String name, Option<Role> role) {
        return name + role.map(r -> " (" + r.label() + ")").getOrElse("");
    }

    /** "accepted", "not permitted". */
    static String outcome(org.uca.application.port.out.AuditLog.Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A page number from the address; anything but a whole number from 1 is the first page. */
    private static int page(Context ctx, String name) {
        try {
            return Math.max(1, Integer.parseInt(Option.of(ctx.queryParam(name)).getOrElse("1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
