package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.LetterOutput;
import org.uca.domain.cases.CaseId;

/** Issued letters kept in memory. */
public final class InMemoryLetterOutput implements LetterOutput {

    private final CopyOnWriteArrayList<Letter> issued = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Sending> sendings = new CopyOnWriteArrayList<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryLetterOutput(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void issue(Letter letter) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> issued.add(letter)));
    }

    @Override
    public void sent(Sending sending) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> sendings.add(sending)));
    }

    @Override
    public Seq<Sending> sendings(CaseId caseId) {
        return List.ofAll(sendings).filter(s -> s.caseId().equals(caseId));
    }

    /** In memory nothing e-mails letters; a test records failed attempts as the relay would. */
    private final java.util.Map<Long, EmailNotDelivered> failing = new java.util.concurrent.ConcurrentHashMap<>();

    /** Records one more failed attempt at the {@code index}-th sending (from 1), as the relay does. */
    public void notEmailed(long index, String error, Instant nextAttempt) {
        Sending s = List.ofAll(sendings).get((int) index - 1);
        EmailNotDelivered before = failing.get(index);
        failing.put(index, new EmailNotDelivered(index, s.caseId(), s.letter(), s.emailTo().get(), s.at(),
                before == null ? 1 : before.attempts() + 1, Option.some(error), Option.some(nextAttempt)));
    }

    @Override
    public Seq<EmailNotDelivered> emailsNotDelivered(int attempts, int limit) {
        return List.ofAll(failing.values()).filter(e -> e.attempts() >= attempts).sortBy(EmailNotDelivered::id)
                .take(Math.max(0, limit));
    }

    @Override
    public Option<EmailNotDelivered> emailNotDelivered(long id) {
        return Option.of(failing.get(id));
    }

    @Override
    public void retryEmailAt(long id, Instant at) {
        EmailNotDelivered e = failing.get(id);
        if (e == null) {
            throw new IllegalArgumentException("There is no letter e-mail " + id + " waiting.");
        }
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> failing.put(id, new EmailNotDelivered(e.id(),
                e.caseId(), e.letter(), e.emailTo(), e.at(), e.attempts(), e.lastError(), Option.some(at)))));
    }

    public Seq<Letter> issued() {
        return List.ofAll(issued);
    }

    /** Deletes everything about these cases (the retention rule), as part of the current unit of work. */
    void deleteAbout(Set<CaseId> cases) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(
                () -> {
                    issued.removeIf(l -> cases.contains(l.caseId()));
                    sendings.removeIf(s -> cases.contains(s.caseId()));
                }));
    }
}
