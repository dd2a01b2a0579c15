package org.uca.application.service;

import org.uca.application.port.out.Credentials;
import org.uca.domain.shared.Checks;

/**
 * A password as NCSC and OWASP ASVS 2.1 (2.1.1, 2.1.2, 2.1.7, 2.1.9) advise: at least 12 characters and up to 128
 * (counted as characters people type, so any script and spaces are fine), no composition rules, and never one on
 * the bundled list of common passwords, nor the username itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Credentials credentials;

    PasswordPolicy(Credentials credentials) {
        this.credentials = credentials;
    }

    /** Checks the new password (field {@code password}) and that it was typed the same twice ({@code confirmation}). */
    Checks check(Checks checks, String password, String confirmation, String username) {
        if (password == null || password.isEmpty()) {
            return checks.require(false, "password", "Enter a new password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return checks.require(false, "password", "The password must be at least " + MIN_LENGTH
                    + " characters (it has " + length + "). A few unrelated words make a long one easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return checks.require(false, "password", "The password must be at most " + MAX_LENGTH
                    + " characters (it has " + length + ").");
        }
        if (password.chars().anyMatch(c -> c == 0)) {
            return checks.require(false, "password", "The password contains a character that cannot be used.");
        }
        Checks checked = checks
                .require(!password.equalsIgnoreCase(username == null ? "" : username), "password",
                        "The password must not be your username.")
                .require(!credentials.commonlyUsed(password), "password",
                        "This password is on a list of commonly used passwords; choose another.");
        return checked.require(password.equals(confirmation), "confirmation",
                "Type the same password in both boxes.");
    }
}
