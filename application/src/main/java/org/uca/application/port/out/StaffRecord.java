package org.uca.application.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.people.StaffMember;

/**
 * A member of staff as the staff directory records them for administrators: who they are (name, team, authority
 * level), how to reach them, their job title, their role in UCA (which their sign-in account gives them; none
 * without an account) and, once they have left, the date they left (they then have no role).
 *
 * @param singleSignOn the issuer of the OpenID Connect provider they are linked to, if they sign in through one:
 *                     their role and authority level then come from its claims at every sign-in, not from an
 *                     administrator
 */
public record StaffRecord(StaffMember member, String email, String jobTitle, Option<Role> role,
        Option<LocalDate> leftOn, Option<String> singleSignOn, Option<String> account) {

    public StaffRecord {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(leftOn, "leftOn");
        Objects.requireNonNull(singleSignOn, "singleSignOn");
        Objects.requireNonNull(account, "account");
    }

    /** Without the username of their sign-in account (a record to store, where the account is not part of it). */
    public StaffRecord(StaffMember member, String email, String jobTitle, Option<Role> role,
            Option<LocalDate> leftOn, Option<String> singleSignOn) {
        this(member, email, jobTitle, role, leftOn, singleSignOn, Option.none());
    }

    /** Someone who is not linked to single sign-on. */
    public StaffRecord(StaffMember member, String email, String jobTitle, Option<Role> role,
            Option<LocalDate> leftOn) {
        this(member, email, jobTitle, role, leftOn, Option.none());
    }

    /** Whether their role and authority level come from single sign-on (so administrators do not edit them). */
    public boolean roleFromSingleSignOn() {
        return singleSignOn.isDefined();
    }

    public boolean hasLeft() {
        return leftOn.isDefined();
    }

    /** The record as an audit entry shows it (before and after a change). */
    public String described() {
        return "{name=" + member.name() + ", email=" + email + ", team=" + member.team() + ", jobTitle=" + jobTitle
                + ", authority=" + member.authority().name() + ", role=" + role.map(Role::name).getOrElse("none")
                + ", left=" + leftOn.map(LocalDate::toString).getOrElse("no")
                + singleSignOn.map(issuer -> ", singleSignOn=" + issuer).getOrElse("") + "}";
    }
}
