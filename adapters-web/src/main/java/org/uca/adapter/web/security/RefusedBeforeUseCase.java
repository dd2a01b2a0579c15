package org.uca.adapter.web.security;

import io.javalin.http.Context;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordRefusedAttemptUseCase;
import org.uca.application.port.in.RecordRefusedAttemptUseCase.About;
import org.uca.application.port.in.Task;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.PlainText;
import org.uca.domain.shared.Refusal;

/**
 * Issue 13 §6: every attempt about a case is on its audit page. A use case audits what it refuses; what the web
 * refuses before asking it — a body or form it cannot read, a character that cannot be stored, a change without a
 * usable If-Match, a role not offered the task — is audited here, through the application, with the task's own
 * name, on the case or resident the address names. Its why says what was wrong, never the refused input itself.
 */
public final class RefusedBeforeUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedBeforeUseCase.class);
    /** Set once the command is handed to its use case, which audits any refusal itself. */
    private static final String HANDED_OVER = "uca.attempt.handedOver";

    private final RecordRefusedAttemptUseCase attempts;
    private final List<Command> commands = new CopyOnWriteArrayList<>();

    /** A command's address, as a pattern naming its case or resident. */
    private record Command(Pattern address, Task task, String names) {
    }

    public RefusedBeforeUseCase(RecordRefusedAttemptUseCase attempts) {
        this.attempts = attempts;
    }

    /**
     * Says that a POST to {@code path} is an attempt at {@code task} about the case or resident the path names
     * ({@code {case}} or {@code {resident}}); a path naming neither is not about a case and is left alone.
     */
    public String command(String path, Task task) {
        String names = path.contains("{case}") ? "case" : path.contains("{resident}") ? "resident" : null;
        if (names != null) {
            commands.add(new Command(Pattern.compile(Arrays.stream(path.split("/", -1))
                    .map(part -> part.equals("{" + names + "}") ? "(?<named>[^/]+)"
                            : part.startsWith("{") ? "[^/]+" : Pattern.quote(part))
                    .collect(Collectors.joining("/"))), task, names));
        }
        return path;
    }

    /** The command is being handed to its use case: from here on, the use case audits its own refusals. */
    public static void handedOver(Context ctx) {
        ctx.attribute(HANDED_OVER, Boolean.TRUE);
    }

    /** Audits the problem answering a command, unless its use case was asked (and audited it). */
    public void refused(Context ctx, HttpProblem problem) {
        if (problem.status() >= 500) {
            return; // the store or UCA failed: nothing was refused
        }
        command(ctx).forEach(command -> record(ctx, command._1, command._2, problem.status() == 403
                ? new Failure.NotPermitted(problem.detail())
                : problem.status() == 404 ? new Failure.NotFound(problem.title() + ": the address names a case,"
                        + " resident or part of a case that is not there.")
                : problem.status() == 409 || problem.status() == 412 ? new Failure.Conflict(problem.title() + ".")
                : new Failure.Refused(Refusal.because(why(problem)))));
    }

    /** Audits a form's input refused before its use case was asked (the form is shown again, nothing saved). */
    public void refused(Context ctx, Task task, Refusal refusal) {
        if (ctx.attribute(HANDED_OVER) == null) {
            record(ctx, task, about(ctx), new Failure.Refused(Refusal.because("The form was refused before anything"
                    + " was saved: " + names(refusal.problems()) + ".")));
        }
    }

    /**
     * The command this request is, and what its address names, unless its use case was asked. Read from the address
     * itself: a refusal before the route is matched (a character that cannot be stored) has no path parameters.
     */
    private Option<Tuple2<Task, About>> command(Context ctx) {
        if (!ctx.method().name().equals("POST") || ctx.attribute(HANDED_OVER) != null) {
            return Option.none();
        }
        for (Command command : commands) {
            Matcher m = command.address().matcher(ctx.path());
            if (m.matches()) {
                Option<String> named = Option.some(m.group("named"));
                return Option.some(Tuple.of(command.task(), command.names().equals("case")
                        ? about(named, Option.none()) : about(Option.none(), named)));
            }
        }
        return Option.none();
    }

    private void record(Context ctx, Task task, About about, Failure failure) {
        Session session = RequestSessions.session(ctx);
        if (session == null || !session.signedIn()) {
            return; // nobody to name: admission refused it before anyone acted
        }
        try {
            attempts.refused(session.user().staff(), task, about, failure).forEach(notAudited -> LOG.warn(
                    "A refused {} on {} could not be audited: {}", task.name(), ctx.path(), notAudited.message()));
        } catch (RuntimeException e) { // the refusal stands whatever happens to its audit line
            LOG.warn("A refused {} on {} could not be audited", task.name(), ctx.path(), e);
        }
    }

    /** What the address names, if it can name anything: an id that cannot be one names nothing. */
    private static About about(Context ctx) {
        Map<String, String> path = ctx.pathParamMap();
        return about(Option.of(path.get("case")), Option.of(path.get("resident")));
    }

    private static About about(Option<String> caseId, Option<String> resident) {
        try {
            if (caseId.isDefined()) {
                return About.theCase(CaseId.parse(caseId.get()));
            }
            if (resident.isDefined()) {
                return About.theResident(new ResidentId(resident.get()));
            }
        } catch (IllegalArgumentException notAnId) {
            // names nothing
        }
        return About.nothing();
    }

    /** The problem's title, and what it was about: its detail is the web's own words, its fields are named. */
    private static String why(HttpProblem problem) {
        return problem.problems().isEmpty() ? problem.title() + ". " + problem.detail()
                : problem.title() + ": " + names(problem.problems()) + ".";
    }

    /** The fields refused, as printable names (a field's name is input too, and may hold what was refused). */
    private static String names(Seq<Refusal.Problem> problems) {
        return problems.map(p -> p.field().isEmpty() ? "the body" : printable(p.field())).distinct().mkString(", ");
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> shown.appendCodePoint(PlainText.firstUnstorable(
                new String(Character.toChars(c))).isDefined() ? '?' : c));
        return shown.toString();
    }
}
