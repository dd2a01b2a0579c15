package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vavr.control.Option;
import java.util.List;
import org.uca.application.port.in.NotificationAddressesUseCase.Directory;
import org.uca.application.port.out.Notifications.Address;

/**
 * Where one kind of notification is e-mailed, as an administrator set it.
 *
 * @param recipient "Service Development Team" or the team's name
 * @param address   absent when none is set
 */
public record NotificationAddressJson(String recipient, @JsonInclude(JsonInclude.Include.NON_NULL) String address,
        @JsonInclude(JsonInclude.Include.NON_NULL) String setAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String setBy) {

    static NotificationAddressJson from(String recipient, Option<Address> address) {
        return new NotificationAddressJson(recipient, address.map(Address::address).getOrNull(),
                address.map(a -> a.setAt().toString()).getOrNull(), address.map(a -> a.setBy().value()).getOrNull());
    }

    /** Every address: the Service Development Team's and every team known. */
    public record Directory(NotificationAddressJson serviceDevelopmentTeam, List<NotificationAddressJson> teams) {
        public static Directory from(org.uca.application.port.in.NotificationAddressesUseCase.Directory d) {
            return new Directory(NotificationAddressJson.from("Service Development Team", d.serviceDevelopmentTeam()),
                    d.teams().map(t -> NotificationAddressJson.from(t.name(), t.address())).toJavaList());
        }
    }
}
