package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Notifications;
import org.uca.application.port.out.Notifications.InboxCount;
import org.uca.application.port.out.Notifications.InboxEntry;
import org.uca.application.port.out.Ports;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/** The Service Development Team's notifications in UCA, with who has read each (policy 5.1 and 5.2). */
final class ServiceDevelopmentInboxService implements ServiceDevelopmentInboxUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;

    ServiceDevelopmentInboxService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
    }

    @Override
    public Either<Failure, Inbox> inbox(StaffId actingStaff, int page) {
        return commands.read(Task.READ_SDT_INBOX, actingStaff, actor -> {
            if (page < 1) {
                return Either.left(new Failure.Refused(Refusal.of("page", "The page is a whole number from 1.")));
            }
            InboxCount count = ports.notifications().inboxCount();
            var items = ports.notifications().inbox((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            return Either.<Failure, Inbox>right(new Inbox(items.take(PAGE_SIZE).map(this::item), page, count.all(),
                    count.unread(), items.size() > PAGE_SIZE));
        }).flatMap(inbox -> looked.ofCases(actingStaff, "the Service Development Team's notifications (page "
                + inbox.page() + ")", inbox.items().map(Item::caseId), Either.right(inbox)));
    }

    @Override
    public Either<Failure, Item> open(StaffId actingStaff, long notificationId) {
        return commands.offCase(Task.READ_SDT_INBOX, actingStaff, now -> {
            var found = ports.notifications().inboxEntry(notificationId);
            if (found.isEmpty()) {
                return Either.left(new Failure.NotFound("There is no notification " + notificationId
                        + " to the Service Development Team."));
            }
            InboxEntry entry = found.get();
            ports.notifications().seen(notificationId, actingStaff, now);
            // as it stands once this reading is kept (a store may show the write only after the commit)
            InboxEntry read = entry.seenBy().exists(s -> s.by().equals(actingStaff)) ? entry
                    : new InboxEntry(entry.id(), entry.subject(), entry.body(), entry.caseId(), entry.createdAt(),
                            entry.deliveredAt(), entry.seenBy().append(new Notifications.Seen(actingStaff, now)));
            return Either.right(new CaseCommands.Audited<>(item(read), io.vavr.control.Option.none()));
        }).flatMap(item -> looked.ofCase(actingStaff, "the Service Development Team's notification " + item.id(),
                item.caseId(), Either.right(item)));
    }

    private Item item(InboxEntry entry) {
        return new Item(entry.id(), entry.subject(), entry.body(), entry.caseId(), entry.createdAt(),
                entry.deliveredAt(), entry.seenBy().map(seen -> new Reader(seen.by(), ports.staff().find(seen.by())
                        .map(e -> e.member().name()).getOrElse(seen.by().value()), seen.at())));
    }
}
