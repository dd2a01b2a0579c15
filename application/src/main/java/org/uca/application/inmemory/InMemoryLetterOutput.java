package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.LetterOutput;

/** Issued letters kept in memory. */
public final class InMemoryLetterOutput implements LetterOutput {

    private final CopyOnWriteArrayList<Letter> issued = new CopyOnWriteArrayList<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryLetterOutput(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void issue(Letter letter) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> issued.add(letter)));
    }

    public Seq<Letter> issued() {
        return List.ofAll(issued);
    }
}
