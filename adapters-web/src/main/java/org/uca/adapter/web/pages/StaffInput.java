package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.view.AdministrationPages.Paging;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageStaffUseCase.Details;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/** What the administration pages read from a form or a query, and the choices they offer. */
final class StaffInput {

    static final List<Choice> AUTHORITY = Choices.of(AuthorityLevel.values(), level -> level == AuthorityLevel.NONE
            ? "None (records and proposes; authorises nothing)" : level.title());

    private StaffInput() {
    }

    static List<Choice> roles(boolean noneAllowed) {
        List<Choice> choices = new ArrayList<>();
        if (noneAllowed) {
            choices.add(new Choice("", "No role (no account yet)"));
        }
        choices.addAll(Choices.of(Role.values(), Role::label));
        return choices;
    }

    static StaffId staffId(Context ctx) {
        return new StaffId(ctx.pathParam("staff"));
    }

    static String param(Context ctx, String name) {
        return Option.of(ctx.formParam(name)).getOrElse("");
    }

    static Either<Failure, Details> details(Context ctx) {
        return Either.right(new Details(param(ctx, "name"), param(ctx, "email"), param(ctx, "team"),
                param(ctx, "jobTitle"), parse(AuthorityLevel.class, param(ctx, "authority"))));
    }

    /** The details typed, with the authority level kept as it is (the form did not offer it). */
    static Either<Failure, Details> details(Context ctx, AuthorityLevel kept) {
        return Either.right(new Details(param(ctx, "name"), param(ctx, "email"), param(ctx, "team"),
                param(ctx, "jobTitle"), kept));
    }

    /** The role chosen: none for "no role"; a left value when the choice is not a role. */
    static Either<Failure, Option<Role>> role(Context ctx, boolean noneAllowed) {
        String given = param(ctx, "role");
        if (given.isEmpty() && noneAllowed) {
            return Either.right(Option.none());
        }
        return parse(Role.class, given).map(Option::some)
                .toEither(() -> new Failure.Refused(Refusal.of("role", "Choose a role.")));
    }

    static <E extends Enum<E>> Option<E> parse(Class<E> type, String value) {
        try {
            return Option.some(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Option.none();
        }
    }

    static int page(Context ctx) {
        try {
            return Math.max(1, Integer.parseInt(Option.of(ctx.queryParam("page")).getOrElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String query(Context ctx) {
        String q = Option.of(ctx.queryParam("q")).getOrElse("").strip();
        return q.length() > 200 ? q.substring(0, 200) : q;
    }

    /**
     * Whether the page asked for is past the last one (a stale or edited address): then the visitor is sent to the
     * last page, rather than shown "Page 99 of 2" and nothing.
     */
    static boolean pastTheLast(Context ctx, Page<?> page, String path, String query) {
        if (page.pages() < 1 || page.number() <= page.pages()) {
            return false;
        }
        String q = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        ctx.redirect(path + "?" + q + "page=" + page.pages(), io.javalin.http.HttpStatus.SEE_OTHER);
        return true;
    }

    static Paging paging(Page<?> page, String path, String query) {
        String q = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        return new Paging(page.total(), page.number(), page.pages(),
                page.number() > 1 ? path + "?" + q + "page=" + (page.number() - 1) : null,
                page.hasNext() ? path + "?" + q + "page=" + (page.number() + 1) : null);
    }
}
