package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
