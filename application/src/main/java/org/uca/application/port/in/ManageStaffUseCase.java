package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;

/**
 * An administrator keeps the staff directory: adds staff, edits their name, email, team, job title, authority level
 * and role, and marks them as left. Nobody changes their own role or level, nor anyone's whose role and level come
 * from single sign-on ({@link StaffRecord#roleFromSingleSignOn()}: their next sign-in would undo it); every change is
 * audited with the record before and after.
 */
public interface ManageStaffUseCase {

    Either<Failure, StaffRecord> addStaff(AddStaff command);

    Either<Failure, StaffRecord> editStaff(EditStaff command);

    /** Marks the member of staff as left on the date: they lose their role and their account is disabled. */
    Either<Failure, StaffRecord> markAsLeft(MarkAsLeft command);

    /** The staff whose name, email, team or job title contain the text, a page at a time, by name. */
    Either<Failure, Page<StaffRecord>> findStaff(StaffId askedBy, String search, int page);

    Either<Failure, StaffRecord> staffRecord(StaffId askedBy, StaffId staff);

    /** Who a member of staff is, as an administrator types it. */
    /**
     * A member of staff's details as given. The authority level is none when what was given is not a level, so that
     * problem is reported with every other one.
     */
    record Details(String name, String email, String team, String jobTitle, Option<AuthorityLevel> givenLevel) {
        public Details {
            Objects.requireNonNull(givenLevel, "givenLevel");
        }

        public Details(String name, String email, String team, String jobTitle, AuthorityLevel authority) {
            this(name, email, team, jobTitle, Option.of(authority));
        }

        /** The authority level, once the details are checked. */
        public AuthorityLevel authority() {
            return givenLevel.getOrElseThrow(() -> new IllegalStateException("The authority level was not checked"));
        }
    }

    record AddStaff(StaffId actingStaff, Details details) {
        public AddStaff {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(details, "details");
        }
    }

    /** @param role the role their account gives them; none for a member of staff without an account */
    /**
     * An edit of a member of staff's record and their account's role ({@code role}: none for no role).
     *
     * @param unrecognisedRole what was given as the role when it is not one, so that problem is reported with every
     *                         other one
     */
    record EditStaff(StaffId actingStaff, StaffId staff, Details details, Option<Role> role,
            Option<String> unrecognisedRole) {
        public EditStaff {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(unrecognisedRole, "unrecognisedRole");
        }

        public EditStaff(StaffId actingStaff, StaffId staff, Details details, Option<Role> role) {
            this(actingStaff, staff, details, role, Option.none());
        }
    }

    record MarkAsLeft(StaffId actingStaff, StaffId staff, LocalDate leftOn) {
        public MarkAsLeft {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(leftOn, "leftOn");
        }
    }
}
