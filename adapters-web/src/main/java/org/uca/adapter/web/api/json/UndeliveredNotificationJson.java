package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.uca.application.port.in.NotificationDeliveryUseCase;
import org.uca.application.port.in.NotificationDeliveryUseCase.Deliveries;
import org.uca.application.port.out.Notifications.Undelivered;

/** A notification not delivered yet, as an administrator sees it: never its text, which may name the resident. */
public record UndeliveredNotificationJson(long id, String subject, String caseId, String createdAt, int attempts,
        @JsonInclude(JsonInclude.Include.NON_NULL) String lastError,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextAttemptAt) {

    public static UndeliveredNotificationJson from(Undelivered n) {
        return new UndeliveredNotificationJson(n.id(), n.subject(), n.caseId().value().toString(),
                n.createdAt().toString(), n.attempts(), n.lastError().getOrNull(),
                n.nextAttemptAt().map(Object::toString).getOrNull());
    }

    /**
     * Those that keep failing, and what waits never tried.
     *
     * @param stalled nothing is e-mailing notifications: the oldest never tried has waited for minutes
     */
    public record Listing(List<UndeliveredNotificationJson> failing, int keepsFailingAfter, long neverTried,
            @JsonInclude(JsonInclude.Include.NON_NULL) String oldestNeverTriedAt, boolean stalled,
            @JsonInclude(JsonInclude.Include.NON_NULL) String lastError, List<LetterEmail> letterEmails) {

        public static Listing from(Deliveries d) {
            return new Listing(d.failing().map(UndeliveredNotificationJson::from).toJavaList(),
                    NotificationDeliveryUseCase.KEEPS_FAILING, d.neverTried().count(),
                    d.neverTried().oldest().map(Object::toString).getOrNull(), d.stalled(),
                    d.lastError().getOrNull(), d.letterEmails().map(LetterEmail::from).toJavaList());
        }
    }

    /** A letter e-mailed to a resident that keeps failing: which letter, of which case, to whom (never its text). */
    public record LetterEmail(long id, String letter, String caseId, String emailTo, String at, int attempts,
            @JsonInclude(JsonInclude.Include.NON_NULL) String lastError,
            @JsonInclude(JsonInclude.Include.NON_NULL) String nextAttemptAt) {

        public static LetterEmail from(org.uca.application.port.out.LetterOutput.EmailNotDelivered e) {
            return new LetterEmail(e.id(), e.letter(), e.caseId().value().toString(), e.emailTo(), e.at().toString(),
                    e.attempts(), e.lastError().getOrNull(), e.nextAttemptAt().map(Object::toString).getOrNull());
        }
    }
}
