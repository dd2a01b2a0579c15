package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.view.ErrorPage;
import org.uca.adapter.web.view.JteTemplates;
import org.uca.adapter.web.view.PageFrame;
import org.uca.application.port.in.Task;

/** Answers with a page: the frame around it (who is signed in, what they are offered), the template, redirects. */
public final class PageWriter {

    private final JteTemplates templates;
    private final String landlordName;

    public PageWriter(JteTemplates templates, String landlordName) {
        this.templates = templates;
        this.landlordName = landlordName;
    }

    public String landlordName() {
        return landlordName;
    }

    public PageFrame frame(Context ctx, String title) {
        Session session = RequestSessions.session(ctx);
        String csrf = session == null ? "" : session.csrfToken();
        if (session == null || !session.signedIn()) {
            return new PageFrame(title, landlordName, null, null, csrf, null, List.of(), List.of());
        }
        List<PageFrame.NavItem> nav = new ArrayList<>();
        String path = ctx.path();
        nav.add(new PageFrame.NavItem("My work", "/", path.equals("/")));
        if (OfferedTasks.offered(ctx, Task.FIND_RESIDENTS)) {
            nav.add(new PageFrame.NavItem("Find a resident", "/residents", path.startsWith("/residents")));
        }
        if (OfferedTasks.offered(ctx, Task.SAFE_VISIT)) {
            nav.add(new PageFrame.NavItem("Safe visit", "/visits", path.startsWith("/visits")));
        }
        if (OfferedTasks.offered(ctx, Task.IMPORT_RESIDENTS)) {
            nav.add(new PageFrame.NavItem("Import residents", "/residents/import",
                    path.startsWith("/residents/import")));
        }
        if (OfferedTasks.offered(ctx, Task.SEE_MONITORING)) {
            nav.add(new PageFrame.NavItem("Monitoring", "/monitoring", path.startsWith("/monitoring")));
        }
        if (OfferedTasks.offered(ctx, Task.READ_SDT_INBOX)) {
            nav.add(new PageFrame.NavItem("Notifications", "/inbox", path.startsWith("/inbox")));
        }
        if (OfferedTasks.offered(ctx, Task.EXPORT_SUBJECT_ACCESS)) {
            nav.add(new PageFrame.NavItem("Subject access", "/subject-access", path.startsWith("/subject-access")));
        }
        if (OfferedTasks.offered(ctx, Task.MANAGE_STAFF)) {
            nav.add(new PageFrame.NavItem("Administration", "/admin/staff", path.startsWith("/admin/")));
        }
        if (OfferedTasks.offered(ctx, Task.CHANGE_OWN_PASSWORD)) {
            nav.add(new PageFrame.NavItem("Your password", "/account/password", path.equals("/account/password")));
        }
        return new PageFrame(title, landlordName, session.user().name(), session.user().role().label(), csrf,
                session.takeFlash(), nav, List.of());
    }

    public void render(Context ctx, String template, Object page) {
        ctx.html(templates.render(template, page));
    }

    /** Post/redirect/get: a success message for the next page, then the redirect. */
    public void done(Context ctx, String message, String location) {
        RequestSessions.session(ctx).flash(message);
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** A problem as a page (a 401 sends the browser to sign in). */
    public void error(Context ctx, int status, String title, String detail) {
        error(ctx, status, title, detail, java.util.List.of());
    }

    /** An error page with the fields at fault listed in its error summary. */
    public void error(Context ctx, int status, String title, String detail,
            java.util.List<PageFrame.ErrorItem> fields) {
        if (status == 401) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(status);
        PageFrame frame = frame(ctx, title);
        render(ctx, "error.jte", new ErrorPage(fields.isEmpty() ? frame : frame.withErrors(fields), title, detail));
    }
}
