package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;

/**
 * A single sign-on as the store saw it: the account signed in (with the role the provider's claim now gives it),
 * the member of staff, and what changed, for the audit trail.
 *
 * @param created     the member of staff and their account were created by this, their first, sign-in
 * @param before      the account's role and the member's level and name before, when they existed
 * @param disabled    the account is disabled: it may not sign in (nothing was changed)
 */
public record LinkedSignIn(StoredAccount account, StaffMember member, boolean created, Option<Before> before,
        boolean disabled) {

    /** What the provider's claims replaced. */
    public record Before(org.uca.application.port.out.Role role, AuthorityLevel level, String name) {
    }

    public LinkedSignIn {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(before, "before");
    }

    /** Whether the role, level or name moved on at this sign-in. */
    public boolean changed() {
        return before.exists(b -> b.role() != account.role() || b.level() != member.authority()
                || !b.name().equals(member.name()));
    }
}
