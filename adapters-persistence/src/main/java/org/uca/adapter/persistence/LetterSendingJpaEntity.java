package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.uca.application.port.out.LetterOutput;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.application.port.out.LetterOutput.Sending;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** How a letter was sent (V24); an e-mail waits here for the relay. */
@Entity
@Table(name = "letter_sending")
final class LetterSendingJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "letter", nullable = false, length = 40)
    private String letter;

    @Column(name = "how", nullable = false, length = 20)
    private String how;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "email_to", length = 254)
    private String emailTo;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected LetterSendingJpaEntity() {
    }

    LetterSendingJpaEntity(Sending s) {
        this.caseId = s.caseId().value();
        this.letter = s.letter();
        this.how = s.how().name();
        this.sentBy = s.by().value();
        this.sentAt = s.at();
        this.emailTo = s.emailTo().getOrNull();
        this.emailedAt = s.emailedAt().getOrNull();
    }

    Sending toSending() {
        return new Sending(new CaseId(caseId), letter, How.valueOf(how), new StaffId(sentBy), sentAt,
                Option.of(emailTo), Option.of(emailedAt));
    }

    LetterEmail toEmail() {
        return new LetterEmail(id, toSending(), attempts);
    }

    LetterOutput.EmailNotDelivered notDelivered() {
        return new LetterOutput.EmailNotDelivered(id, new CaseId(caseId), letter, emailTo, sentAt, attempts,
                Option.of(lastError), Option.of(nextAttemptAt));
    }

    void retryAt(Instant at) {
        this.nextAttemptAt = at;
    }

    void emailed(Instant at) {
        this.emailedAt = at;
        this.nextAttemptAt = null;
    }

    void notEmailed(String error, Instant nextAttempt) {
        this.attempts++;
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        this.nextAttemptAt = nextAttempt;
    }
}
