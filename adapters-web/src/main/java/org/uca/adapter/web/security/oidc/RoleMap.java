package org.uca.adapter.web.security.oidc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/**
 * Which claim values (group object ids, group names, role names) give which UCA role and authority level, e.g.
 * {@code uca-officers=OFFICER, uca-sm=SERVICE_MANAGER/SERVICE_MANAGER}: entries separated by commas, each
 * {@code value=ROLE} or {@code value=ROLE/LEVEL} (the level is {@code NONE} when left out). A person who holds
 * several mapped values gets the first entry's, in the order written: the landlord decides, not the order the
 * provider lists the groups in.
 */
public final class RoleMap {

    /** What one claim value gives. */
    public record Grant(String claimValue, Role role, AuthorityLevel level) {
        @Override
        public String toString() {
            return claimValue + "=" + role + "/" + level;
        }
    }

    private final List<Grant> grants;

    private RoleMap(List<Grant> grants) {
        this.grants = List.copyOf(grants);
    }

    /**
     * Reads the map as written in {@code UCA_OIDC_ROLE_MAP}.
     *
     * @throws IllegalArgumentException with one line saying which entry is wrong and why
     */
    public static RoleMap parse(String written) {
        List<Grant> grants = new ArrayList<>();
        String[] entries = written == null ? new String[0] : written.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            String where = "UCA_OIDC_ROLE_MAP entry " + (i + 1) + " (\"" + entry + "\")";
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(where + " is not claim-value=ROLE or claim-value=ROLE/LEVEL.");
            }
            String value = entry.substring(0, equals).strip();
            String[] roleAndLevel = entry.substring(equals + 1).strip().split("/", -1);
            if (roleAndLevel.length > 2) {
                throw new IllegalArgumentException(where + " has more than one \"/\" after the \"=\".");
            }
            Role role = named(Role.class, roleAndLevel[0].strip(), where, "a role");
            AuthorityLevel level = roleAndLevel.length == 2
                    ? named(AuthorityLevel.class, roleAndLevel[1].strip(), where, "an authority level")
                    : AuthorityLevel.NONE;
            if (grants.stream().anyMatch(g -> g.claimValue().equals(value))) {
                throw new IllegalArgumentException(where + " maps \"" + value + "\" a second time.");
            }
            grants.add(new Grant(value, role, level));
        }
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("UCA_OIDC_ROLE_MAP is empty: map at least one claim value to a role,"
                    + " e.g. uca-officers=OFFICER,uca-managers=SERVICE_MANAGER/SERVICE_MANAGER.");
        }
        return new RoleMap(grants);
    }

    /** The grant for someone holding these claim values: the first entry they hold, if any. */
    public Optional<Grant> grantFor(Collection<String> values) {
        return grants.stream().filter(g -> values.contains(g.claimValue())).findFirst();
    }

    public List<Grant> grants() {
        return grants;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String where, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" is not " + what + "; use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ".", unknown);
        }
    }

    @Override
    public String toString() {
        return grants.toString();
    }
}
