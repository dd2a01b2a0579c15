package org.uca.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.people.AuthorityLevel.ASSISTANT_DIRECTOR;
import static org.uca.domain.people.AuthorityLevel.DIRECTOR;
import static org.uca.domain.people.AuthorityLevel.NONE;
import static org.uca.domain.people.AuthorityLevel.SERVICE_MANAGER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.Staff;

@DisplayName("People: residents, and staff with the authority levels the policy names")
class PeopleTest {

    @Nested
    @DisplayName("authority levels")
    class AuthorityLevels {

        @Test
        @DisplayName("Service Manager < Assistant Director < Director, and officers have no authority to authorise")
        void ordering() {
            assertThat(AuthorityLevel.values()).containsExactly(NONE, SERVICE_MANAGER, ASSISTANT_DIRECTOR, DIRECTOR);
            assertThat(DIRECTOR.isAtLeast(ASSISTANT_DIRECTOR)).isTrue();
            assertThat(ASSISTANT_DIRECTOR.isAtLeast(SERVICE_MANAGER)).isTrue();
            assertThat(SERVICE_MANAGER.isAtLeast(SERVICE_MANAGER)).isTrue();
            assertThat(SERVICE_MANAGER.isAtLeast(ASSISTANT_DIRECTOR)).isFalse();
            assertThat(NONE.isAtLeast(SERVICE_MANAGER)).isFalse();
        }

        @Test
        @DisplayName("an appeal is reviewed one level up from the level the decision needed")
        void oneLevelUp() {
            assertThat(SERVICE_MANAGER.oneLevelUp()).isEqualTo(ASSISTANT_DIRECTOR);
            assertThat(ASSISTANT_DIRECTOR.oneLevelUp()).isEqualTo(DIRECTOR);
            assertThat(DIRECTOR.oneLevelUp()).isEqualTo(DIRECTOR);
            assertThat(NONE.oneLevelUp()).isEqualTo(SERVICE_MANAGER);
        }

        @Test
        @DisplayName("each level has the title the policy uses")
        void titles() {
            assertThat(SERVICE_MANAGER.title()).isEqualTo("Service Manager");
            assertThat(ASSISTANT_DIRECTOR.title()).isEqualTo("Assistant Director");
            assertThat(DIRECTOR.title()).isEqualTo("Director");
            assertThat(NONE.title()).isEqualTo("no authority to authorise");
        }
    }

    @Nested
    @DisplayName("staff members")
    class StaffMembers {

        @Test
        @DisplayName("a higher level may authorise what a lower level may")
        void higherLevelMayAuthorise() {
            assertThat(Staff.DIRECTOR.mayAuthorise(SERVICE_MANAGER)).isTrue();
            assertThat(Staff.ASSISTANT_DIRECTOR.mayAuthorise(SERVICE_MANAGER)).isTrue();
            assertThat(Staff.SERVICE_MANAGER.mayAuthorise(ASSISTANT_DIRECTOR)).isFalse();
            assertThat(Staff.OFFICER.mayAuthorise(SERVICE_MANAGER)).isFalse();
        }

        @Test
        @DisplayName("a staff member always has an id, name, team and authority")
        void complete() {
            StaffId id = new StaffId("x");
            assertThatThrownBy(() -> new StaffMember(null, "n", "t", NONE)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new StaffMember(id, null, "t", NONE)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new StaffMember(id, "n", null, NONE)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new StaffMember(id, "n", "t", null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("identifiers")
    class Identifiers {

        @Test
        @DisplayName("a staff id is never blank and prints as itself")
        void staffId() {
            assertThat(new StaffId("officer-olu")).hasToString("officer-olu");
            assertThatThrownBy(() -> new StaffId(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StaffId(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("a resident id is never blank and prints as itself")
        void residentId() {
            assertThat(new ResidentId("R-1001")).hasToString("R-1001");
            assertThatThrownBy(() -> new ResidentId("")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ResidentId(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
