package org.uca.adapter.web.api.json;

import static org.uca.adapter.web.api.json.CaseJson.text;

import java.util.List;
import org.uca.application.port.in.ExportSubjectAccessUseCase.SubjectAccessExport;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.LetterOutput;
import org.uca.application.port.out.Notifications;
import org.uca.domain.cases.Case;
import org.uca.domain.shared.Channel;

/**
 * Everything held about one resident, for a subject access request (UK GDPR Article 15): their directory entry, their
 * case as recorded, every letter with its sendings, the notifications, every audit and access line about them, and
 * every event about the case sent to the landlord's other systems.
 *
 * @param directoryEntry           null when the housing system does not know them
 * @param theCase                  null when they have no case
 * @param protectedCharacteristics the protected characteristics the housing system supplies for them, by the
 *                                 column of its file: special category data, theirs to see (no other path shows it)
 */
public record SubjectAccessJson(String resident, String exportedAt, CaseJson.Resident directoryEntry,
        CaseHeld theCase, List<LetterJson> letters, List<Sending> letterSendings, List<Notification> notifications,
        List<AuditLine> auditTrail, List<AuditLine> otherAuditEntries, List<AccessLine> accessLines,
        List<SentToOtherSystem> sentToOtherSystems, java.util.Map<String, String> protectedCharacteristics) {

    /** The case as recorded: every action, warning, decision with its reviews, appeal, need and contact. */
    public record CaseHeld(String id, List<CaseJson.Action> actions, List<CaseJson.WarningIssued> warnings,
            List<DecisionJson> decisions, List<CaseJson.AppealLodged> appeals, CaseJson.Needs needs,
            List<Contact> contacts, List<CaseJson.Event> timeline) {

        static CaseHeld from(Case c) {
            return new CaseHeld(c.id().toString(), c.actions().map(CaseJson.Action::from).toJavaList(),
                    c.warnings().map(CaseJson.WarningIssued::from).toJavaList(),
                    c.decisions().map(d -> DecisionJson.from(c, d, true)).toJavaList(),
                    c.appeals().map(CaseJson.AppealLodged::from).toJavaList(),
                    CaseJson.Needs.from(c.needs()),
                    c.contacts().map(m -> new Contact(text(m.at()), m.minutes(), m.channel(), m.by().value()))
                            .toJavaList(),
                    c.history().map(e -> new CaseJson.Event(text(e.at()), e.by().value(), e.getClass().getSimpleName(),
                            e.summary())).toJavaList());
        }
    }

    public record Contact(String at, int minutes, Channel channel, String by) {
    }

    /** @param emailTo null unless it was e-mailed; @param emailedAt null until the e-mail was accepted */
    public record Sending(String letter, LetterOutput.How how, String by, String at, String emailTo,
            String emailedAt) {
    }

    /** @param sentAt null until it was sent */
    public record Notification(Notifications.Audience audience, List<String> teams, String subject, String body,
            String createdAt, String sentAt) {
    }

    /** @param caseId null for a line made while the resident had no case */
    public record AuditLine(String at, String who, String command, String caseId, AuditLog.Outcome outcome,
            String why) {

        static AuditLine from(AuditLog.Entry e) {
            return new AuditLine(text(e.at()), e.who().value(), e.command(),
                    e.caseId().map(Object::toString).getOrNull(), e.outcome(), e.why());
        }
    }

    /** @param caseId null for a look while the resident had no case */
    public record AccessLine(String at, String who, String what, String caseId) {

        static AccessLine from(AccessLog.Access a) {
            return new AccessLine(text(a.at()), a.who().value(), a.what(), a.caseId().map(Object::toString).getOrNull());
        }
    }

    /** An event about the case queued for one of the landlord's other systems (by webhook), and how it stands. */
    public record SentToOtherSystem(String system, String type, String eventId, String queuedAt,
            org.uca.application.port.out.Webhooks.DeliveryStatus status) {
    }

    public static SubjectAccessJson from(SubjectAccessExport x) {
        return new SubjectAccessJson(x.resident().value(), text(x.exportedAt()),
                x.directoryEntry().map(r -> new CaseJson.Resident(r.id().value(), r.name(), r.address())).getOrNull(),
                x.theCase().map(CaseHeld::from).getOrNull(), x.lettersIssued().map(LetterJson::from).toJavaList(),
                x.letterSendings().map(s -> new Sending(s.letter(), s.how(), s.by().value(), text(s.at()),
                        s.emailTo().getOrNull(), s.emailedAt().map(CaseJson::text).getOrNull())).toJavaList(),
                x.notifications().map(n -> new Notification(n.audience(), n.teams().toJavaList(), n.subject(),
                        n.body(), text(n.createdAt()), n.sentAt().map(CaseJson::text).getOrNull())).toJavaList(),
                x.auditTrail().map(AuditLine::from).toJavaList(), x.otherAuditEntries().map(AuditLine::from)
                        .toJavaList(), x.accessLines().map(AccessLine::from).toJavaList(),
                x.sentToOtherSystems().map(e -> new SentToOtherSystem(e.system(), e.type().type(), e.eventId(),
                        text(e.queuedAt()), e.status())).toJavaList(),
                x.directoryEntry().map(r -> r.characteristics().toList().sortBy(t -> t._1)
                        .toJavaMap(java.util.LinkedHashMap::new, t -> t.map1(c -> c.column())))
                        .getOrElse(java.util.LinkedHashMap::new));
    }
}
