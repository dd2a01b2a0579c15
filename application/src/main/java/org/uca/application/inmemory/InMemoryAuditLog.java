package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** Append-only audit log in memory. */
public final class InMemoryAuditLog implements AuditLog {

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryAuditLog(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(Entry entry) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> entries.add(entry)));
    }

    @Override
    public Seq<Entry> forCase(CaseId caseId) {
        return List.ofAll(entries).filter(e -> e.caseId().contains(caseId));
    }

    @Override
    public Page<Entry> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
        Seq<Entry> about = List.ofAll(entries).reverse()
                .filter(e -> e.caseId().contains(caseId) || e.resident().contains(resident));
        return new Page<>(about.drop((int) Math.min(Integer.MAX_VALUE, Page.offset(page, size))).take(size), page,
                size, about.size());
    }

    @Override
    public long count() {
        return entries.size();
    }

    /** Every entry, oldest first. */
    public Seq<Entry> all() {
        return List.ofAll(entries);
    }
}
