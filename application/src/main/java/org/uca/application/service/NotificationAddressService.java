package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.NotificationAddressesUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Notifications.Address;
import org.uca.application.port.out.Notifications.Addresses;
import org.uca.application.port.out.Ports;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/** Where notifications are e-mailed, set by administrators; each change audited with the address before and after. */
final class NotificationAddressService implements NotificationAddressesUseCase {

    private final CaseCommands commands;
    private final Ports ports;

    NotificationAddressService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, Directory> notificationAddresses(org.uca.domain.people.StaffId actingStaff) {
        return commands.read(Task.SET_NOTIFICATION_ADDRESSES, actingStaff, actor -> {
            Addresses set = ports.notifications().addresses();
            Seq<String> fromStaff = ports.staff().all().map(StaffMember::team).filter(t -> !t.isBlank())
                    .map(String::strip);
            Seq<String> names = fromStaff.appendAll(set.teams().map(Address::recipient))
                    .distinctBy(Addresses::teamKey).sortBy(t -> t.toLowerCase(java.util.Locale.ROOT));
            return Either.right(new Directory(set.serviceDevelopmentTeam(),
                    names.map(name -> new Team(name, set.forTeam(name)))));
        });
    }

    @Override
    public Either<Failure, Option<Address>> setServiceDevelopmentTeamAddress(
            org.uca.domain.people.StaffId actingStaff, String address) {
        return commands.administer(Task.SET_NOTIFICATION_ADDRESSES, actingStaff, actor -> {
            Either<Failure, Option<String>> given = address(address);
            if (given.isLeft()) {
                return Either.left(given.getLeft());
            }
            Option<Address> before = ports.notifications().addresses().serviceDevelopmentTeam();
            Instant now = ports.clock().now();
            ports.notifications().setServiceDevelopmentTeamAddress(given.get(), actor.id(), now);
            Option<Address> after = given.get().map(a -> new Address("Service Development Team", a, actor.id(), now));
            return Either.right(new CaseCommands.Done<>(after, "Service Development Team's notification address:"
                    + " before " + words(before) + "; after " + words(after)));
        });
    }

    @Override
    public Either<Failure, Option<Address>> setTeamAddress(org.uca.domain.people.StaffId actingStaff, String team,
            String address) {
        return commands.administer(Task.SET_NOTIFICATION_ADDRESSES, actingStaff, actor -> {
            String name = team == null ? "" : team.strip();
            Checks checks = Checks.start().label(name, "team", "the team's name")
                    .require(name.length() <= MAX_TEAM, "team", "is longer than " + MAX_TEAM + " characters");
            Either<Failure, Option<String>> given = address(address);
            if (!checks.passed() || given.isLeft()) {
                Seq<Refusal.Problem> problems = checks.problems().appendAll(given.isLeft()
                        ? ((Failure.Refused) given.getLeft()).refusal().problems() : List.empty());
                return Either.left(new Failure.Refused(new Refusal(problems)));
            }
            Option<Address> before = ports.notifications().addresses().forTeam(name);
            Instant now = ports.clock().now();
            ports.notifications().setTeamAddress(name, given.get(), actor.id(), now);
            Option<Address> after = given.get().map(a -> new Address(name, a, actor.id(), now));
            return Either.right(new CaseCommands.Done<>(after, "notification address of the team \"" + name
                    + "\": before " + words(before) + "; after " + words(after)));
        });
    }

    /** A blank address removes the one set; anything else must be one e-mail address. */
    private static Either<Failure, Option<String>> address(String address) {
        String given = address == null ? "" : address.strip();
        if (given.isEmpty()) {
            return Either.right(Option.none());
        }
        if (!AccountRules.isEmail(given)) {
            return Either.left(new Failure.Refused(Refusal.of("address", "Enter one e-mail address like"
                    + " team@example.org.")));
        }
        return Either.right(Option.some(given));
    }

    private static String words(Option<Address> address) {
        return address.map(Address::address).getOrElse("none");
    }
}
