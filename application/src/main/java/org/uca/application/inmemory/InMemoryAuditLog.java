package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.CaseId;

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
    public long count() {
        return entries.size();
    }

    /** Every entry, oldest first. */
    public Seq<Entry> all() {
        return List.ofAll(entries);
    }
}
