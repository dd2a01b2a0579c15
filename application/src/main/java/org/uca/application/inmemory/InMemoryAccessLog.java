package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.Page;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** Append-only access log in memory. */
public final class InMemoryAccessLog implements AccessLog {

    private final CopyOnWriteArrayList<Access> lines = new CopyOnWriteArrayList<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryAccessLog(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(Access access) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> lines.add(access)));
    }

    @Override
    public Page<Access> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
        Seq<Access> about = aboutResident(resident, Option.some(caseId)).reverse();
        return new Page<>(about.drop((int) Math.min(Integer.MAX_VALUE, Page.offset(page, size))).take(size), page,
                size, about.size());
    }

    @Override
    public Seq<Access> aboutResident(ResidentId resident, Option<CaseId> theirCase) {
        return List.ofAll(lines).filter(a -> a.resident().contains(resident)
                || a.caseId().isDefined() && a.caseId().equals(theirCase));
    }

    /** Every line, oldest first. */
    public Seq<Access> all() {
        return List.ofAll(lines);
    }
}
