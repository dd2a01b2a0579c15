package org.uca.domain.people;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** The person acting, with the authority level the staff directory (never the request) gives them. */
@ValueObject
public record StaffMember(StaffId id, String name, String team, AuthorityLevel authority) {
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(authority, "authority");
    }

    public boolean mayAuthorise(AuthorityLevel required) {
        return authority.isAtLeast(required);
    }
}
