package org.uca.adapter.web.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values of the role claim: a list of strings (Entra ID's {@code groups} and {@code roles}, Okta's and
 * Keycloak's {@code groups}) or one string. A claim named with dots that is not a claim of that name is read as a
 * path into objects: Keycloak's realm roles are {@code realm_access.roles}.
 */
final class ClaimValues {

    private ClaimValues() {
    }

    static List<String> of(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null && name.contains(".")) {
            Object at = claims;
            for (String step : name.split("\\.")) {
                at = at instanceof Map<?, ?> object ? object.get(step) : null;
            }
            value = at;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        } else if (value instanceof String one) {
            values.add(one);
        }
        return values;
    }

    /**
     * Whether the provider left the claim out because the person has too many groups (Entra ID's "groups overage":
     * more than 200 groups, and the token points to Microsoft Graph instead).
     */
    static boolean overage(Map<String, Object> claims, String name) {
        return claims.get("_claim_names") instanceof Map<?, ?> names && names.containsKey(name);
    }
}
