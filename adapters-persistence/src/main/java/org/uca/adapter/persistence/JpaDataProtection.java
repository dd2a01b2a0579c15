package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Retention;
import org.uca.application.port.out.SubjectAccessRecords;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;

/**
 * The retention rule's and subject access requests' reads and writes. The rule itself (which cases, what is
 * removed) is the application's and the domain's; this only selects by {@code uca_case.closed_at}, stores the
 * anonymised case and deletes the letters and notifications about it.
 */
final class JpaDataProtection implements Retention, SubjectAccessRecords {

    private final JpaUnitOfWork unitOfWork;
    private final JpaCases cases;
    private final ResidentReferences references;

    JpaDataProtection(JpaUnitOfWork unitOfWork, JpaCases cases, ResidentReferences references) {
        this.unitOfWork = unitOfWork;
        this.cases = cases;
        this.references = references;
    }

    /** The ids in one indexed statement, then each case with its parts (the retention rule runs rarely). */
    @Override
    public Seq<Case> casesEndedBefore(Instant cutoff) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery("select c.id from CaseJpaEntity c"
                                + " where c.closedAt < :cutoff and c.anonymisedAt is null order by c.closedAt",
                        UUID.class)
                .setParameter("cutoff", cutoff)
                .getResultList()).flatMap(id -> cases.storedFor(new CaseId(id)).map(StoredCase::theCase)));
    }

    /**
     * Each case's head and changed parts rewritten at the same version; its letters and notifications deleted; its
     * resident's reference deleted, so the audit and access lines made about them before the case existed (which
     * the append-only logs keep) no longer lead to them.
     */
    @Override
    public void replaceWithAnonymised(Seq<Case> anonymised, Instant at) {
        if (anonymised.isEmpty()) {
            return;
        }
        unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            java.util.List<String> residents = new java.util.ArrayList<>();
            for (Case c : anonymised) {
                StoredCase stored = cases.storedFor(c.id()).getOrNull();
                if (stored == null || stored.version() != c.version()) {
                    throw new ConcurrentChange("Case " + c.id() + " changed while the retention rule ran.");
                }
                cases.replaceAnonymised(stored, c, at);
                references.forget(em, stored.theCase().resident());
                residents.add(stored.theCase().resident().value());
            }
            // Their protected characteristics go with the case: UCA held them only to monitor its decisions.
            em.createNativeQuery("update resident set " + List.of(ProtectedCharacteristic.values())
                    .map(p -> p.column() + " = null").mkString(", ") + " where id in (:residents)")
                    .setParameter("residents", residents).executeUpdate();
            java.util.List<UUID> ids = anonymised.map(c -> c.id().value()).toJavaList();
            em.createQuery("delete from LetterJpaEntity l where l.caseId in :ids").setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from LetterSendingJpaEntity s where s.caseId in :ids").setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from OutboxJpaEntity o where o.caseId in :ids").setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from WebhookAttemptJpaEntity a where a.deliveryId in (select d.id from"
                    + " WebhookDeliveryJpaEntity d where d.caseId in :ids)").setParameter("ids", ids).executeUpdate();
            em.createQuery("delete from WebhookDeliveryJpaEntity d where d.caseId in :ids").setParameter("ids", ids)
                    .executeUpdate();
            return null;
        });
    }

    /** Three statements: the letters, the notifications (when there is a case) and the audit entries. */
    @Override
    public Held heldAbout(ResidentId resident, Option<CaseId> theirCase) {
        return unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            Seq<Letter> letters = List.ofAll(em.createQuery(
                            "select l from LetterJpaEntity l where l.residentId = :resident order by l.id",
                            LetterJpaEntity.class)
                    .setParameter("resident", resident.value())
                    .getResultList()).map(l -> StoredJson.letterFrom(l.content()));
            Seq<NotificationHeld> notifications = theirCase.map(caseId -> List.ofAll(em.createQuery(
                                    "select o from OutboxJpaEntity o where o.caseId = :caseId order by o.id",
                                    OutboxJpaEntity.class)
                            .setParameter("caseId", caseId.value())
                            .getResultList())
                    .map(OutboxJpaEntity::toNotification)
                    .map(n -> new NotificationHeld(n.audience(), n.teams(), n.subject(), n.body(), n.createdAt(),
                            n.sentAt())))
                    .getOrElse(List.empty());
            String mention = "%" + resident.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            // An entry without a case names the resident it was made about while their reference exists.
            Seq<AuditLog.Entry> entries = List.ofAll(em.createQuery(
                            "select a, r.residentId from AuditJpaEntity a left join ResidentReferenceJpaEntity r"
                                    + " on r.reference = a.residentRef where a.caseId = :caseId or (a.caseId is null"
                                    + " and (r.residentId = :resident or a.why like :mention escape '!'))"
                                    + " order by a.id",
                            Object[].class)
                    .setParameter("caseId", theirCase.map(CaseId::value).getOrElse(new UUID(0, 0)))
                    .setParameter("resident", resident.value())
                    .setParameter("mention", mention)
                    .getResultList())
                    .map(row -> ((AuditJpaEntity) row[0]).toEntry(Option.of((String) row[1]).map(ResidentId::new)));
            return new Held(letters, notifications, entries.filter(e -> e.caseId().isDefined()),
                    entries.filter(e -> e.caseId().isEmpty()));
        });
    }
}
