package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.SignInLimiter;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.Sessions;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.Failure;
import org.uca.domain.shared.Refusal;

/**
 * {@code PUT /api/me/password}: the one signed in changes their own password, giving the current one first, with the
 * page's rules and field errors; their other sessions and API tokens then end (OWASP ASVS 3.3.3), as on the page.
 * A wrong current password counts as a failed sign-in for the account and address (429 once the delay applies).
 */
final class PasswordEndpoint {

    private final JsonExchange json;
    private final Authentication authentication;
    private final Sessions sessions;
    private final ChangePasswordUseCase change;

    PasswordEndpoint(JsonExchange json, Authentication authentication, Sessions sessions,
            ChangePasswordUseCase change) {
        this.json = json;
        this.authentication = authentication;
        this.sessions = sessions;
        this.change = change;
    }

    void register(RouteTable routes) {
        routes.put("/api/me/password", Void.class, ctx -> {
            RequestSessions.user(ctx);
            if (!authentication.localPasswords()) {
                throw new HttpProblem(403, "Passwords are switched off", "UCA passwords are switched off here:"
                        + " you sign in with your organisation's account, whose password is changed there.");
            }
            Params body = json.body(ctx);
            String newPassword = body.one("newPassword");
            String username = RequestSessions.user(ctx).username();
            String address = ClientAddress.of(ctx);
            SignInLimiter.Turn turn = authentication.currentPasswordAttempt(username, address);
            if (!turn.evaluate()) {
                ctx.header("Retry-After", String.valueOf(turn.seconds()));
                throw new HttpProblem(429, "Too many attempts", Authentication.tooManyWrongPasswords(turn));
            }
            var changed = change.changePassword(new ChangePasswordUseCase.ChangePassword(RequestSessions.me(ctx),
                    body.one("currentPassword"), newPassword, newPassword));
            authentication.currentPasswordChecked(username, address, Authentication.wrongCurrentPassword(changed));
            orFail(changed.mapLeft(PasswordEndpoint::named));
            sessions.endOthers(RequestSessions.session(ctx));
            ctx.status(204);
        });
    }

    /** The use case names the new password "password", as the page's field is; the API calls it "newPassword". */
    private static Failure named(Failure failure) {
        if (failure instanceof Failure.Refused refused) {
            return new Failure.Refused(new Refusal(refused.refusal().problems().map(p -> p.field().equals("password")
                    ? new Refusal.Problem("newPassword", p.reason()) : p)));
        }
        return failure;
    }
}
