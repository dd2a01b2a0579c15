package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Notifications.Address;
import org.uca.domain.people.StaffId;

/**
 * For administrators: where notifications are e-mailed. Every notification goes to the Service Development Team
 * (policy 5.1); a "teams informed" notice goes to each named team whose address is set, and to the Service
 * Development Team for the teams without one, so nothing is lost. Each change is audited with before and after.
 */
public interface NotificationAddressesUseCase {

    /** The longest e-mail address accepted (RFC 5321's limit on a path). */
    int MAX_ADDRESS = 254;

    /** The longest team name, as a team is named in the staff directory. */
    int MAX_TEAM = 200;

    Either<Failure, Directory> notificationAddresses(StaffId actingStaff);

    /** Sets the Service Development Team's address; a blank one removes it (back to the server's setting). */
    Either<Failure, Option<Address>> setServiceDevelopmentTeamAddress(StaffId actingStaff, String address);

    /** Sets a team's address; a blank one removes it (its notices then go to the Service Development Team). */
    Either<Failure, Option<Address>> setTeamAddress(StaffId actingStaff, String team, String address);

    /**
     * @param serviceDevelopmentTeam the address set in UCA, if any
     * @param teams                  every team known (from the staff directory and the addresses set), by name,
     *                               each with its address if set
     */
    record Directory(Option<Address> serviceDevelopmentTeam, Seq<Team> teams) {
        public Directory {
            Objects.requireNonNull(serviceDevelopmentTeam, "serviceDevelopmentTeam");
            Objects.requireNonNull(teams, "teams");
        }
    }

    record Team(String name, Option<Address> address) {
        public Team {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
        }
    }
}
