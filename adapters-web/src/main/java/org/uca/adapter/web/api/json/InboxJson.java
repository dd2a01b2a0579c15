package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase.Inbox;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase.Item;

/** A page of the Service Development Team's notifications, newest first. */
public record InboxJson(List<Notification> notifications, int page, long total, long unread, boolean more) {

    public static InboxJson from(Inbox inbox) {
        return new InboxJson(inbox.items().map(Notification::from).toJavaList(), inbox.page(), inbox.total(),
                inbox.unread(), inbox.more());
    }

    /** @param emailedAt absent until the mail server accepted its e-mail */
    public record Notification(long id, String subject, String body, String caseId, String createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String emailedAt, List<Reader> seenBy) {

        public static Notification from(Item item) {
            return new Notification(item.id(), item.subject(), item.body(), item.caseId().value().toString(),
                    item.at().toString(), item.emailedAt().map(Object::toString).getOrNull(), item.seenBy()
                    .map(r -> new Reader(r.staff().value(), r.name(), r.at().toString())).toJavaList());
        }
    }

    /** Who in the team read it, at their first reading. */
    public record Reader(String staffId, String name, String at) {
    }
}
