package org.uca.bootstrap;

import org.uca.application.port.out.Role;

/**
 * The web adapter still keeps its own copy of the roles for its sign-in sessions; the staff directory's role is
 * the one the application enforces. Until the web adapter takes the application's {@link Role}, accounts are
 * handed to it under the same name.
 */
final class WebRoles {

    private WebRoles() {
    }

    static org.uca.adapter.web.Role of(Role role) {
        return org.uca.adapter.web.Role.valueOf(role.name());
    }
}
