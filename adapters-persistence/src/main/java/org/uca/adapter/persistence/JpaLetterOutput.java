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
}
