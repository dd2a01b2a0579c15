package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.application.port.out.LetterOutput.Sending;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

/** How each letter reached the resident, recorded with who and when; e-mail only where the guidance allows it. */
final class LetterSendingService implements SendLetterUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterQuery letters;
    private final AccessLines looked;

    LetterSendingService(CaseCommands commands, Ports ports, LetterQuery letters, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.looked = looked;
    }

    /**
     * The same person recording the same letter sent the same way within this time is taken as repeating the request
     * (its answer lost, or a second click), not as sending it again: so a retry never e-mails the resident twice.
     */
    static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(15);

    @Override
    public Either<Failure, Sent> recordSending(StaffId actingStaff, CaseId caseId, LetterQuery.Which which, How how) {
        return commands.beside(Task.RECORD_LETTER_SENT, actingStaff, Option.some(caseId), now -> {
            Option<Case> found = ports.cases().find(caseId);
            if (found.isEmpty()) {
                return Either.left(new Failure.NotFound("There is no case " + caseId + "."));
            }
            Option<Refusal> withheld = noticeWithheld(found.get(), which);
            if (withheld.isDefined()) {
                return Either.left(new Failure.Refused(withheld.get()));
            }
            Either<Failure, org.uca.application.port.out.Letter> letter = letters.letter(actingStaff, caseId, which);
            if (letter.isLeft()) {
                return Either.left(letter.getLeft());
            }
            if (letter.get().keptForTheRecord()) {
                return Either.left(new Failure.Refused(Refusal.of("letter", "Letter " + letter.get().reference()
                        + " is kept for the record only: " + (letter.get().sections().head().heading()
                        .equals(org.uca.application.port.out.Letter.SUPERSEDED)
                        ? "a corrected letter replaced it. Send the letter as it stands."
                        : "what it told of was entered in error. Send the correction letter instead."))));
            }
            String path = SendLetterUseCase.letterPath(which);
            Option<Sending> same = ports.letters().sendings(caseId).find(s -> s.letter().equals(path)
                    && s.how() == how && s.by().equals(actingStaff) && !s.at().isBefore(now.minus(REPEAT_WINDOW)));
            if (same.isDefined()) {
                // a repeat of a request whose answer was lost (a retry, a double click): recorded once, e-mailed once
                return Either.right(new CaseCommands.Audited<>(sent(same.get()), Option.some(letter.get().kind()
                        .label() + " " + path + " of case " + caseId + ": already recorded as "
                        + how.label().toLowerCase(java.util.Locale.UK) + " by the same person at " + same.get().at()
                        + "; not recorded again")));
            }
            Option<String> emailTo = Option.none();
            if (how == How.EMAILED) {
                Either<Failure, String> address = emailAddress(found.get(), now);
                if (address.isLeft()) {
                    return Either.left(address.getLeft());
                }
                emailTo = Option.some(address.get());
            }
            Sending sending = new Sending(caseId, path, how, actingStaff, now, emailTo, Option.none());
            ports.letters().sent(sending);
            return Either.right(new CaseCommands.Audited<>(sent(sending), Option.some(letter.get().kind().label()
                    + " " + path + " of case " + caseId + ": " + how.label().toLowerCase(java.util.Locale.UK)
                    + emailTo.map(a -> " to " + a).getOrElse(""))));
        });
    }

    /**
     * Why a letter about a decision may not be sent: notice of the decision is deliberately withheld from the
     * resident, because telling them would create a risk (issue 15 §3), until an Assistant Director ends it or the
     * resident is recorded as told. This holds for every letter that would tell them of it: the decision letter, and
     * the letters of its review, its correction and its lapse.
     */
    private static Option<Refusal> noticeWithheld(Case c, LetterQuery.Which which) {
        Option<DecisionId> about = which.decisionToldOf();
        return about.flatMap(c::decision).filter(org.uca.domain.cases.Decision::noticeIsWithheld)
                .map(x -> x.noticeWithheld().get().latest())
                .map(w -> Refusal.of("letter", "Notice of decision " + about.get() + " is withheld from the resident,"
                        + " because telling them would create a risk: signed off by " + w.signedOffBy().name() + " ("
                        + w.signedOffBy().authority().title() + "), to be re-checked on " + w.recheckOn() + ". No"
                        + " letter about it is sent until an Assistant Director or above ends the withholding."));
    }

    /**
     * The resident's e-mail address, if e-mail is a way UCA may contact them: the guidance in force allows it, and
     * the housing system holds an address.
     */
    private Either<Failure, String> emailAddress(Case c, java.time.Instant now) {
        Resident resident = Residents.of(ports, c);
        ContactGuidance guidance = ContactGuidance.forCase(c, now);
        if (!guidance.allowedChannels().contains(Channel.EMAIL)) {
            return Either.left(new Failure.Refused(Refusal.of("how", "E-mail contact with " + resident.name()
                    + " is excluded by the decision in force, so the letter cannot be e-mailed: post it or hand it"
                    + " over.")));
        }
        if (resident.email().isEmpty()) {
            return Either.left(new Failure.Refused(Refusal.of("how", "The housing system holds no e-mail address"
                    + " for " + resident.name() + ": post the letter or hand it over.")));
        }
        return Either.right(resident.email().get());
    }

    @Override
    public Either<Failure, Seq<Sent>> sendings(StaffId askedBy, CaseId caseId) {
        // A line only when there is something to see: who sent each letter, and to which e-mail address.
        return commands.read(Task.READ_LETTERS, askedBy, Option.some(caseId),
                who -> Either.<Failure, Seq<Sent>>right(ports.letters().sendings(caseId).map(this::sent)))
                .flatMap(sent -> looked.ofCases(askedBy, "how the case's letters were sent",
                        sent.isEmpty() ? io.vavr.collection.List.empty() : io.vavr.collection.List.of(caseId),
                        Either.right(sent)));
    }

    @Override
    public Either<Failure, OneLetter> sendingsOf(StaffId askedBy, CaseId caseId, LetterQuery.Which which) {
        String path = SendLetterUseCase.letterPath(which);
        return sendings(askedBy, caseId).map(all -> {
            Seq<Sent> sent = all.filter(s -> s.letter().equals(path));
            Option<java.time.Instant> corrected = ports.cases().find(caseId).flatMap(c -> which.fold(
                    w -> c.warning(w.warning()).flatMap(x -> LetterWriter.corrections(x).lastOption()),
                    d -> c.decision(d.decision()).flatMap(x -> LetterWriter.corrections(x).lastOption()),
                    a -> Option.none(), r -> Option.none(), e -> Option.none(), l -> Option.none()));
            return corrected.fold(() -> new OneLetter(sent, io.vavr.collection.List.empty()),
                    at -> new OneLetter(sent.filter(s -> !s.at().isBefore(at)), sent.filter(s -> s.at().isBefore(at))));
        });
    }

    private Sent sent(Sending s) {
        return new Sent(s.letter(), s.how(), s.by(), ports.staff().find(s.by()).map(e -> e.member().name())
                .getOrElse(s.by().value()), s.at(), s.emailTo(), s.emailedAt());
    }
}
