package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.uca.domain.cases.CaseId;

import org.uca.application.port.out.Letter;
import org.uca.application.port.out.LetterOutput;

/** Issued letters, kept as they were sent, in the same transaction as the change that caused them. */
final class JpaLetterOutput implements LetterOutput {

    private final JpaUnitOfWork unitOfWork;

    JpaLetterOutput(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void issue(Letter letter) {
        LetterJpaEntity row = new LetterJpaEntity(letter);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(row);
            return null;
        });
    }

    @Override
    public void sent(Sending sending) {
        LetterSendingJpaEntity row = new LetterSendingJpaEntity(sending);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(row);
            return null;
        });
    }

    @Override
    public Seq<Sending> sendings(CaseId caseId) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery("select s from"
                        + " LetterSendingJpaEntity s where s.caseId = :caseId order by s.id", LetterSendingJpaEntity.class)
                .setParameter("caseId", caseId.value()).getResultList()).map(LetterSendingJpaEntity::toSending));
    }

    @Override
    public Seq<EmailNotDelivered> emailsNotDelivered(int attempts, int limit) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery("select s from"
                        + " LetterSendingJpaEntity s where s.how = 'EMAILED' and s.emailedAt is null"
                        + " and s.attempts >= :attempts order by s.id", LetterSendingJpaEntity.class)
                .setParameter("attempts", attempts).setMaxResults(Math.max(0, limit)).getResultList())
                .map(LetterSendingJpaEntity::notDelivered));
    }

    @Override
    public io.vavr.control.Option<EmailNotDelivered> emailNotDelivered(long id) {
        return unitOfWork.inTransaction(() -> waiting(id).map(LetterSendingJpaEntity::notDelivered));
    }

    @Override
    public void retryEmailAt(long id, java.time.Instant at) {
        changeWaiting(id, row -> row.retryAt(at));
    }

    /** For the relay: letter e-mails whose next attempt is due at {@code now}, oldest first. */
    Seq<LetterEmail> dueEmails(java.time.Instant now, int limit) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery("select s from"
                        + " LetterSendingJpaEntity s where s.how = 'EMAILED' and s.emailedAt is null"
                        + " and (s.nextAttemptAt is null or s.nextAttemptAt <= :now) order by s.id",
                        LetterSendingJpaEntity.class)
                .setParameter("now", now).setMaxResults(Math.max(0, limit))
                .getResultList()).map(LetterSendingJpaEntity::toEmail));
    }

    /** For the relay: the mail server accepted the letter's e-mail. */
    void emailed(long id, java.time.Instant at) {
        changeWaiting(id, row -> row.emailed(at));
    }

    /** For the relay: one more failed attempt, why, and not before {@code nextAttempt}. */
    void notEmailed(long id, String error, java.time.Instant nextAttempt) {
        changeWaiting(id, row -> row.notEmailed(error, nextAttempt));
    }

    private void changeWaiting(long id, java.util.function.Consumer<LetterSendingJpaEntity> change) {
        unitOfWork.inTransaction(() -> {
            change.accept(waiting(id).getOrElseThrow(() -> new IllegalArgumentException("There is no letter"
                    + " e-mail " + id + " waiting.")));
            return null;
        });
    }

    private io.vavr.control.Option<LetterSendingJpaEntity> waiting(long id) {
        return List.ofAll(unitOfWork.em().createQuery("select s from LetterSendingJpaEntity s where s.id = :id"
                        + " and s.how = 'EMAILED' and s.emailedAt is null", LetterSendingJpaEntity.class)
                .setParameter("id", id).getResultList()).headOption();
    }
}
