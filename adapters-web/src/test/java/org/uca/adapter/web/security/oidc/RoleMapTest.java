package org.uca.adapter.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/** UCA_OIDC_ROLE_MAP: which groups or roles give which UCA role and authority level. */
class RoleMapTest {

    static final String ENTRA = "0b5c1c7e-1111-4d5e-9f00-aaaaaaaaaaaa=SERVICE_MANAGER/SERVICE_MANAGER,"
            + " 7f3e2d1c-2222-4b4b-8c8c-bbbbbbbbbbbb = OFFICER, /uca/directors=DIRECTOR/DIRECTOR";

    @Test
    @DisplayName("each entry gives its role and level; a level left out is none (an officer authorises nothing)")
    void entries() {
        RoleMap map = RoleMap.parse(ENTRA);
        assertThat(map.grantFor(List.of("7f3e2d1c-2222-4b4b-8c8c-bbbbbbbbbbbb")).orElseThrow())
                .extracting(RoleMap.Grant::role, RoleMap.Grant::level).containsExactly(Role.OFFICER,
                        AuthorityLevel.NONE);
        assertThat(map.grantFor(List.of("/uca/directors")).orElseThrow().level()).isEqualTo(AuthorityLevel.DIRECTOR);
    }

    @Test
    @DisplayName("someone in several mapped groups gets the first entry as written, whatever the token's order")
    void firstEntryWins() {
        RoleMap map = RoleMap.parse(ENTRA);
        assertThat(map.grantFor(List.of("7f3e2d1c-2222-4b4b-8c8c-bbbbbbbbbbbb",
                "0b5c1c7e-1111-4d5e-9f00-aaaaaaaaaaaa")).orElseThrow().role()).isEqualTo(Role.SERVICE_MANAGER);
    }

    @Test
    @DisplayName("someone in no mapped group gets nothing (never a default role)")
    void unmapped() {
        assertThat(RoleMap.parse(ENTRA).grantFor(List.of("canteen", "0B5C1C7E-1111-4D5E-9F00-AAAAAAAAAAAA")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "uca-officers=CHIEF | UCA_OIDC_ROLE_MAP entry 1 (\"uca-officers=CHIEF\"): \"CHIEF\" is not a role",
            "a=OFFICER,b=SERVICE_MANAGER/BOSS | entry 2 (\"b=SERVICE_MANAGER/BOSS\"): \"BOSS\" is not an authority",
            "uca-officers | entry 1 (\"uca-officers\") is not claim-value=ROLE or claim-value=ROLE/LEVEL",
            "=OFFICER | entry 1 (\"=OFFICER\") is not claim-value=ROLE",
            "a=OFFICER/NONE/X | has more than one \"/\"",
            "a=OFFICER,a=DIRECTOR | maps \"a\" a second time",
            "' , ' | UCA_OIDC_ROLE_MAP is empty"})
    @DisplayName("a bad map is refused in one line that names the entry and says why")
    void badMapsRefused(String written, String message) {
        assertThatThrownBy(() -> RoleMap.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message).hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("role claim values: a list, a single string, or a dotted path into an object (Keycloak's realm"
            + " roles); a claim named with dots is read by its name first")
    void claimValues() {
        Map<String, Object> claims = Map.of("groups", List.of("a", "b", 3), "roles", "uca-admin",
                "realm_access", Map.of("roles", List.of("uca-officers")), "https://example.org/roles",
                List.of("x"));
        assertThat(ClaimValues.of(claims, "groups")).containsExactly("a", "b");
        assertThat(ClaimValues.of(claims, "roles")).containsExactly("uca-admin");
        assertThat(ClaimValues.of(claims, "realm_access.roles")).containsExactly("uca-officers");
        assertThat(ClaimValues.of(claims, "https://example.org/roles")).containsExactly("x");
        assertThat(ClaimValues.of(claims, "missing.path")).isEmpty();
    }

    @Test
    @DisplayName("Entra ID's groups overage (over 200 groups: the claim is replaced by a pointer) is recognised")
    void overage() {
        assertThat(ClaimValues.overage(Map.of("_claim_names", Map.of("groups", "src1")), "groups")).isTrue();
        assertThat(ClaimValues.overage(Map.of("groups", List.of()), "groups")).isFalse();
    }
}
