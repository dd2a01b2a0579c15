package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.uca.application.port.out.Retention;
import org.uca.application.port.out.SubjectAccessRecords;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** The retention rule and subject access requests over the other in-memory stores. */
public final class InMemoryDataProtection implements Retention, SubjectAccessRecords {

    private final InMemoryCases cases;
    private final InMemoryLetterOutput letters;
    private final InMemoryNotifications notifications;
    private final InMemoryAuditLog audit;
    private final InMemoryResidentDirectory residents;

    public InMemoryDataProtection(InMemoryCases cases, InMemoryLetterOutput letters,
            InMemoryNotifications notifications, InMemoryAuditLog audit, InMemoryResidentDirectory residents) {
        this.residents = residents;
        this.cases = cases;
        this.letters = letters;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public Seq<Case> casesEndedBefore(Instant cutoff) {
        return cases.all().filter(c -> !c.anonymised() && c.ended().exists(at -> at.isBefore(cutoff)));
    }

    @Override
    public void replaceWithAnonymised(Seq<Case> anonymised, Instant at) {
        // Their protected characteristics go with the case: UCA held them only to monitor its decisions.
        Seq<ResidentId> whose = anonymised.flatMap(c -> cases.find(c.id())).map(Case::resident);
        cases.replace(anonymised);
        residents.forgetCharacteristicsOf(whose);
        Set<CaseId> ids = anonymised.map(Case::id).toJavaStream().collect(Collectors.toSet());
        letters.deleteAbout(ids);
        notifications.deleteAbout(ids);
    }

    @Override
    public Held heldAbout(ResidentId resident, Option<CaseId> theirCase) {
        return new Held(letters.issued().filter(l -> l.resident().equals(resident)),
                notifications.sent().filter(n -> theirCase.contains(n.about().caseId()))
                        .map(n -> new NotificationHeld(n.audience(), n.teams(), n.subject(), n.body(), n.about().at(),
                                Option.none())),
                theirCase.map(audit::forCase).getOrElse(List.empty()),
                audit.all().filter(e -> e.caseId().isEmpty()
                        && (e.resident().contains(resident) || e.why().contains(resident.value()))));
    }
}
