package org.uca.application.port.in;

import io.vavr.control.Either;

/**
 * A new account's holder sets their password from the one-time link an administrator handed them (the link is the
 * credential: no role is checked); the password policy is {@link ChangePasswordUseCase}'s. The link then stops
 * working.
 */
public interface SetPasswordFromLinkUseCase {

    /** The username a one-time link is for, while it works (for the page that asks for the new password). */
    Either<Failure, String> linkFor(String token);

    /** Sets the password from the link, which then stops working; returns the username. */
    Either<Failure, String> setPassword(SetPassword command);

    record SetPassword(String token, String password, String confirmation) {
        @Override
        public String toString() {
            return "SetPassword[hidden]";
        }
    }
}
