package org.uca.adapter.persistence;

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
}
