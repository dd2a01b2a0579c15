package org.uca.application.service;

import io.vavr.collection.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Checks;

/** What a username and a member of staff's details must be. */
final class AccountRules {

    static final int MAX_USERNAME = 100;
    static final int MAX_EMAIL = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    private AccountRules() {
    }

    /** An e-mail address as UCA accepts one: one address, such as name@example.org, at most {@value #MAX_EMAIL}. */
    static boolean isEmail(String address) {
        return address.length() <= MAX_EMAIL && EMAIL.matcher(address).matches();
    }

    /** The username as stored: trimmed and in lower case, so "Alex" and "alex" are one account. */
    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static Checks username(Checks checks, String normalised) {
        if (normalised.isEmpty()) {
            return checks.require(false, "username", "Give a username.");
        }
        return checks.require(USERNAME.matcher(normalised).matches(), "username", "A username is 3 to "
                + MAX_USERNAME + " letters, digits, dots, hyphens, underscores or @, starting with a letter or digit.");
    }

    /** In the order of the fields on the form (and so in the error summary, as GOV.UK's lists them). */
    static Checks details(ManageStaffUseCase.Details details) {
        String email = details.email() == null ? "" : details.email().strip();
        Checks checks = Checks.start()
                .label(details.name(), "name", "the member of staff's name")
                .require(!email.isEmpty(), "email", "Give their work email address.");
        if (!email.isEmpty()) {
            checks = checks.require(isEmail(email), "email",
                    "Enter an email address like name@example.org.");
        }
        checks = checks.label(details.team(), "team", "their team");
        if (details.jobTitle() != null && !details.jobTitle().isEmpty()) {
            checks = checks.label(details.jobTitle(), "jobTitle", "their job title");
        }
        return checks.require(details.givenLevel().isDefined(), "authority", "Choose their authority level: "
                + List.of(AuthorityLevel.values()).map(AuthorityLevel::name).mkString(", ") + ".");
    }
}
