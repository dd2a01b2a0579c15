package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.application.port.out.Notifications;
import org.uca.domain.cases.CaseId;

/** Notifications kept in memory, as an outbox a front end or test can read. */
public final class InMemoryNotifications implements Notifications {

    private final CopyOnWriteArrayList<Notification> sent = new CopyOnWriteArrayList<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryNotifications(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void send(Notification notification) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> sent.add(notification)));
    }

    public Seq<Notification> sent() {
        return List.ofAll(sent);
    }

    public Seq<Notification> sentTo(Audience audience) {
        return sent().filter(n -> n.audience() == audience);
    }

    /** Deletes everything about these cases (the retention rule), as part of the current unit of work. */
    void deleteAbout(Set<CaseId> cases) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(
                () -> sent.removeIf(n -> cases.contains(n.about().caseId()))));
    }
}
