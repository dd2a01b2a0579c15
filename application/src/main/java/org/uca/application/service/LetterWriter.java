package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.uca.application.port.in.CasePageQuery.SupersededLetter;
import org.uca.application.port.out.Letter.Kind;
import org.uca.application.port.out.Letter.Section;
import org.uca.application.port.out.Letter.Signatory;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.cases.Amendment;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealDecision;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Review;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.Warning;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/**
 * Writes the policy's letters to residents from the case, in plain English written for the resident (never the
 * labels staff see on the pages), signed by the person who acted, with a reference to quote, what happens next, how
 * to appeal where there is something to appeal, and the Housing Ombudsman's contact details (policy 3.5, 4.2).
 */
final class LetterWriter {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The Housing Ombudsman Service's published contact details. */
    static final Seq<String> OMBUDSMAN_CONTACT = List.of(
            "Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET",
            "Telephone: 0300 111 3000",
            "Website: www.housing-ombudsman.org.uk");

    private static final String SIGN_OFF = "Yours sincerely,";

    private final Ports ports;

    LetterWriter(Ports ports) {
        this.ports = ports;
    }

    Letter warning(Case c, Resident resident, Warning warning) {
        Seq<Instant> corrected = corrections(warning);
        // the actions as they read when this letter was written: a later correction of an action sends no letter
        Instant written = corrected.lastOption().getOrElse(warning.issuedAt());
        Seq<String> actions = warning.actionsReferredTo().flatMap(c::action).map(a -> a.reportAsAt(written))
                .map(r -> "On " + LONG_DATE.format(UkTime.dateOf(r.occurredAt())) + " (" + r.channel().label()
                        + "): " + r.kind().label().toLowerCase(Locale.UK) + ". " + r.whatHappened());
        String reference = reference(c.id(), letterNumber("W", warning.id().number(), corrected.size()));
        return new Letter(Kind.WARNING, c.id(), c.resident(), resident.name(), resident.address(),
                UkTime.dateOf(corrected.lastOption().getOrElse(warning.issuedAt())), reference,
                "Your actions towards our staff, contractors or resident group members are unacceptable",
                corrects(c, "W", warning.id().number(), warning.issuedAt(), corrected).appendAll(List.of(
                        new Section("What happened", List.of("We are writing about the following:").appendAll(actions)),
                        new Section("Why this is unacceptable", List.of(warning.reasons())),
                        new Section("What you need to do", List.of(warning.whatMustChange(),
                                "We are giving you the opportunity to change this behaviour.")),
                        new Section("What happens next", List.of(
                                "You can contact us and use our services as usual. This letter does not restrict"
                                        + " them, so there is no review date and nothing to appeal against.",
                                "If the unacceptable actions continue, we will take action. We may change or limit"
                                        + " the ways we have contact with you, limit our services to those that"
                                        + " are essential, take tenancy action if you break your tenancy, or"
                                        + " inform the police if you break the law. We would write to you first"
                                        + " to explain, and tell you how to appeal.")),
                        new Section("If you think we have got this wrong", List.of(
                                "Tell us why, in writing, by phone, or by speaking to any member of staff, and"
                                        + " quote the reference " + reference + ".")),
                        ombudsman())),
                SIGN_OFF, signatory(warning.issuedBy(), Option.none()));
    }

    Letter decision(Case c, Resident resident, Decision decision) {
        Seq<Instant> corrected = corrections(decision);
        String reference = reference(c.id(), letterNumber("D", decision.id().number(), corrected.size()));
        // what the letter told the resident: the measures and review date as authorised, not as varied since
        Seq<Measure> measures = decision.asAuthorised().measures();
        String review = LONG_DATE.format(decision.asAuthorised().reviewDate());
        Seq<Section> sections = corrects(c, "D", decision.id().number(), decision.authorisedAt(), corrected).appendAll(
                List.of(
                new Section(decision.immediate() ? "Why we are acting immediately" : "Why we have made this decision",
                        List.of(decision.reasons())),
                new Section("What we have decided", replacing(c, decision).map(earlier -> "This decision replaces"
                        + " our decision of " + LONG_DATE.format(UkTime.dateOf(earlier.authorisedAt())) + " (reference "
                        + reference(c.id(), "D" + earlier.id().number()) + "), which no longer applies.").toList()
                        .appendAll(measures.map(LetterWriter::withItsServices))),
                new Section("Repairs and essential works", essentialWorks(measures)),
                stillHeard(decision),
                new Section("What happens next", List.of("This applies from the date of this letter. We will review"
                        + " this decision by " + review + " and write to you with the outcome. You do not need to"
                        + " do anything unless you want to appeal.")),
                appeal(decision.appealReviewLevel(), reference, measures),
                ombudsman()));
        return new Letter(Kind.DECISION, c.id(), c.resident(), resident.name(), resident.address(),
                UkTime.dateOf(corrected.lastOption().getOrElse(decision.authorisedAt())), reference,
                "Our decision about how we will deliver our services to you", sections, SIGN_OFF,
                signatory(decision.authorisedBy().id(), Option.some(decision.authorisedBy())));
    }

    /**
     * The warning letter the resident had before its correction {@code edition} replaced it (1 is the first letter
     * sent), as it was sent and marked as superseded; none if that letter was never superseded.
     */
    Option<Letter> supersededWarning(Case c, Resident resident, Warning warning, int edition) {
        Seq<SupersededLetter> replaced = superseded(c, "W", warning.id().number(), warning.issuedAt(),
                corrections(warning));
        return edition < 1 || edition > replaced.size() ? Option.none()
                : Option.some(markedSuperseded(warning(c, resident, warning.asBefore(edition - 1)),
                        replaced.get(edition - 1)));
    }

    /** As {@link #supersededWarning}, for a decision letter the resident had. */
    Option<Letter> supersededDecision(Case c, Resident resident, Decision decision, int edition) {
        Seq<Integer> replacing = lettersReplaced(decision);
        Seq<SupersededLetter> replaced = superseded(c, "D", decision.id().number(), decision.authorisedAt(),
                corrections(decision));
        return edition < 1 || edition > replaced.size() ? Option.none()
                : Option.some(markedSuperseded(decision(c, resident, decision.asBefore(replacing.get(edition - 1))),
                        replaced.get(edition - 1)));
    }

    /** A copy of a letter kept for the record, opening with what replaced it, so no one sends it again by mistake. */
    private static Letter markedSuperseded(Letter sent, SupersededLetter replaced) {
        return new Letter(sent.kind(), sent.caseId(), sent.resident(), sent.residentName(), sent.address(),
                sent.date(), sent.reference(), sent.subject(), List.of(new Section(Letter.SUPERSEDED,
                        List.of("This is a copy, kept for the record, of our letter of "
                                + LONG_DATE.format(replaced.date()) + " (reference " + replaced.reference()
                                + ") as it was sent. It was corrected and replaced by our letter of "
                                + LONG_DATE.format(replaced.correctedOn()) + " (reference " + replaced.correctedBy()
                                + "), and no longer applies."))).appendAll(sent.sections()),
                sent.signOff(), sent.signatory());
    }

    /**
     * A letter about a warning or decision entered in error, kept for the record: it opens by saying so, and what the
     * resident was sent instead.
     */
    static Letter markedWithdrawn(Case c, Letter sent, EnteredInError.Part part, int number, EnteredInError marked) {
        return new Letter(sent.kind(), sent.caseId(), sent.resident(), sent.residentName(), sent.address(),
                sent.date(), sent.reference(), sent.subject(), List.of(new Section(Letter.WITHDRAWN, List.of(
                        "This is a copy, kept for the record. " + part.label() + " " + number + " was entered in"
                                + " error on " + LONG_DATE.format(UkTime.dateOf(marked.at())) + ", so this letter no"
                                + " longer applies; if the resident had it, they are sent the correction letter"
                                + " (reference " + correctionReference(c.id(), part, number) + ") instead.")))
                        .appendAll(sent.sections()), sent.signOff(), sent.signatory());
    }

    /**
     * When each letter the resident had about a warning was replaced by a corrected one: every correction, since a
     * warning is always sent when issued.
     */
    static Seq<Instant> corrections(Warning warning) {
        return warning.amendments().map(Amendment::at);
    }

    /**
     * When each letter the resident had about a decision was replaced by a corrected one: the corrections made once
     * they were told of it (one made before only changes the letter they are yet to be sent).
     */
    static Seq<Instant> corrections(Decision decision) {
        return lettersReplaced(decision).map(i -> decision.amendments().get(i).at());
    }

    /** Which of the decision's corrections (by index) replaced a letter the resident had: those once they were told. */
    private static Seq<Integer> lettersReplaced(Decision decision) {
        return decision.residentInformed().fold(List::<Integer>empty, told -> decision.amendments().zipWithIndex()
                .filter(m -> !m._1.at().isBefore(told.informedAt())).map(m -> m._2));
    }

    /** A letter's number in its reference: W1, and W1-2, W1-3 … for each corrected letter that replaced it. */
    static String letterNumber(String kind, int number, int corrections) {
        return kind + number + (corrections == 0 ? "" : "-" + (corrections + 1));
    }

    /**
     * The letters a resident had that corrected letters replaced, oldest first: the first sent {@code first}, each
     * later one at a correction.
     */
    static Seq<SupersededLetter> superseded(Case c, String kind, int number, Instant first, Seq<Instant> corrected) {
        return corrected.zipWithIndex().map(x -> new SupersededLetter(x._2 + 1,
                reference(c.id(), letterNumber(kind, number, x._2)),
                UkTime.dateOf(x._2 == 0 ? first : corrected.get(x._2 - 1)),
                reference(c.id(), letterNumber(kind, number, x._2 + 1)), UkTime.dateOf(x._1)));
    }

    /** The corrected letter's opening: which letter it replaces (the one before it), in plain English. */
    private static Seq<Section> corrects(Case c, String kind, int number, Instant first, Seq<Instant> corrected) {
        return superseded(c, kind, number, first, corrected).lastOption().map(replaced -> List.of(new Section(
                "Corrected letter", List.of("This letter corrects and replaces our letter of "
                        + LONG_DATE.format(replaced.date()) + " (reference " + replaced.reference() + "), which had"
                        + " some details wrong. Please read this letter instead: the earlier one no longer"
                        + " applies.")))).getOrElse(List.empty());
    }

    /**
     * What a resident is told when a decision ends: that they can use our services as usual only if no other
     * decision is still in force, else which ones still apply.
     */
    static String noLongerApplies(Case c, Decision ended, String endedNow) {
        Seq<Decision> others = c.decisionsInForce().filter(d -> !d.id().equals(ended.id()));
        if (others.isEmpty()) {
            return endedNow + " You can contact us and use our services as usual.";
        }
        return endedNow + " Other restrictions we have told you about still apply: "
                + others.map(d -> "our decision of " + LONG_DATE.format(UkTime.dateOf(d.authorisedAt()))
                        + " (reference " + reference(c.id(), "D" + d.id().number()) + ")").mkString("; ") + ".";
    }

    /**
     * How new complaints and new issues are still heard while the decision limits how they reach us (Complaint
     * Handling Code, LGSCO: limiting contact does not stop a new complaint or issue being heard); empty, and so not
     * printed, where the decision says nothing of it. Every letter saying what applies repeats it.
     */
    private static Section stillHeard(Decision decision) {
        return new Section("How we will still hear new complaints and new issues",
                decision.safeguards().howComplaintsAreStillHeard().map(how -> "How we will still hear new"
                        + " complaints and new issues: " + how).toList());
    }

    /** The decision this one replaced (varied), if it did. */
    private static Option<Decision> replacing(Case c, Decision decision) {
        return decision.replaces().flatMap(c::decision);
    }

    Letter appealOutcome(Case c, Resident resident, Appeal appeal, Decision decision) {
        AppealDecision outcome = appeal.outcome().get();
        String reference = reference(c.id(), "A" + appeal.id().number());
        Signatory reviewer = signatory(outcome.decidedBy().id(), Option.some(outcome.decidedBy()));
        Seq<Section> sections = List.of(
                new Section("Your appeal", List.of("We received your appeal on " + LONG_DATE.format(appeal.received())
                        + " against our decision of " + LONG_DATE.format(UkTime.dateOf(decision.authorisedAt()))
                        + ". It has been reviewed by " + reviewer.name() + ", " + reviewer.jobTitle()
                        + ", who was not involved in the decision.")),
                new Section("The outcome", List.of(inPlainEnglish(outcome.outcome()), outcome.reasons())),
                decision.inForce()
                        ? new Section("What applies now", decision.measures().map(LetterWriter::withItsServices))
                        : new Section("What applies now", List.of(noLongerApplies(c, decision,
                                "The restrictions in that decision no longer apply."))),
                decision.inForce() ? stillHeard(decision) : new Section("", List.of()),
                new Section("What happens next", decision.inForce()
                        ? List.of("We will review this by " + LONG_DATE.format(decision.reviewDate())
                                + " and write to you with the outcome. This is our final answer to your appeal.")
                        : List.of("You do not need to do anything. This is our final answer to your appeal.")),
                ombudsman());
        return new Letter(Kind.APPEAL_OUTCOME, c.id(), c.resident(), resident.name(), resident.address(),
                UkTime.dateOf(outcome.decidedAt()), reference, "The outcome of your appeal", sections, SIGN_OFF,
                reviewer);
    }

    Letter reviewOutcome(Case c, Resident resident, Decision decision, Review review) {
        int number = decision.reviews().indexOf(review) + 1;
        String reference = reference(c.id(), "D" + decision.id().number() + "-R"
                + (number > 0 ? number : decision.reviews().size() + 1));
        boolean lifted = review.outcome() == ReviewOutcome.LIFT;
        Seq<String> now = lifted
                ? List.of(noLongerApplies(c, decision, "The restrictions in that decision no longer apply."))
                : review.measuresAfter().map(LetterWriter::withItsServices);
        Seq<String> next = lifted
                ? List.of("You do not need to do anything.")
                : review.nextReviewDate().map(d -> "We will review this again by " + LONG_DATE.format(d)
                        + " and write to you with the outcome. You do not need to do anything unless you want to"
                        + " appeal.").toList();
        Seq<Section> sections = List.<Section>of(
                new Section("The outcome of our review", List.of(inPlainEnglish(review.outcome()), review.reasons())),
                new Section("What applies now", now),
                lifted ? new Section("", List.of()) : stillHeard(decision),
                new Section("What happens next", next));
        if (!lifted) {
            sections = sections.append(appeal(decision.appealReviewLevel(), reference, review.measuresAfter()));
        }
        return new Letter(Kind.REVIEW_OUTCOME, c.id(), c.resident(), resident.name(), resident.address(),
                UkTime.dateOf(review.reviewedAt()), reference,
                "We have reviewed the restrictions on how we deliver our services to you", sections.append(ombudsman()),
                SIGN_OFF, signatory(review.reviewedBy().id(), Option.some(review.reviewedBy())));
    }

    /**
     * The letter telling the resident a restriction has ended because we did not review it in time (it lapsed): what
     * ended and when, that it no longer applies (any other decision in force still does, and the letter says so).
     * Nobody acted, so it is signed for Housing Services.
     */
    Letter lapsed(Case c, Resident resident, Decision decision, LocalDate lapsedOn) {
        String reference = reference(c.id(), "D" + decision.id().number() + "-" + Kind.LAPSE.code());
        Seq<Section> sections = List.of(
                new Section("What has ended", List.of("Our decision of "
                        + LONG_DATE.format(UkTime.dateOf(decision.authorisedAt())) + " (reference "
                        + reference(c.id(), "D" + decision.id().number()) + ") set out restrictions on how we deliver"
                        + " our services to you, and said we would review them by "
                        + LONG_DATE.format(decision.reviewDate()) + ". We did not review them by that date or in the"
                        + " short period we allow after it. Restrictions should not stay in place without a review, so"
                        + " they ended on " + LONG_DATE.format(lapsedOn) + ".")),
                new Section("What this means for you", List.of(noLongerApplies(c, decision,
                        "The restrictions in that decision no longer apply."), "If we ever think restrictions are"
                        + " needed again, we will tell you first, explain why, and tell you how to appeal.")),
                new Section("What happens next", List.of("You do not need to do anything.")),
                new Section("If you have any questions", List.of("Contact us in writing, by phone, or by speaking to"
                        + " any member of staff, and quote the reference " + reference + ".")),
                ombudsman());
        return new Letter(Kind.LAPSE, c.id(), c.resident(), resident.name(), resident.address(), lapsedOn, reference,
                "The restrictions on how we deliver our services to you have ended", sections, SIGN_OFF,
                new Signatory("Housing Services", "On behalf of the landlord"));
    }

    /**
     * The correction letter for a warning the resident was sent, now entered in error: what was withdrawn, that it no
     * longer applies, and that it counts for nothing. Signed by whoever marked it.
     */
    Letter correction(Case c, Resident resident, Warning warning) {
        EnteredInError marked = warning.enteredInError().get();
        // the letter the resident has now: the last corrected one, if it was corrected
        Seq<Instant> corrected = corrections(warning);
        String latest = reference(c.id(), letterNumber("W", warning.id().number(), corrected.size()));
        return correction(c, resident, marked, correctionReference(c.id(), EnteredInError.Part.WARNING,
                warning.id().number()), "We have withdrawn our warning letter", List.of(
                new Section("What we have withdrawn", List.of("Our letter of "
                        + LONG_DATE.format(UkTime.dateOf(corrected.lastOption().getOrElse(warning.issuedAt())))
                        + " (reference " + latest + ") told"
                        + " you that some of your actions were unacceptable. That warning was recorded in error: we"
                        + " should not have sent it, and we have withdrawn it.")),
                new Section("What this means for you", List.of("The warning no longer applies. We will not rely on"
                        + " it for any decision about how we deliver our services to you, and it is marked as"
                        + " entered in error on our records."))));
    }

    /**
     * The correction letter for a decision the resident was told of, now entered in error: what was withdrawn and
     * that its arrangements no longer apply (any other decision in force still does, and the letter says so).
     */
    Letter correction(Case c, Resident resident, Decision decision) {
        EnteredInError marked = decision.enteredInError().get();
        Seq<Instant> corrected = corrections(decision);
        String latest = reference(c.id(), letterNumber("D", decision.id().number(), corrected.size()));
        Seq<String> stillInForce = c.decisionsInForce().isEmpty()
                ? List.of("You can contact us and use our services as usual.")
                : List.of("Any other decision we have written to you about still applies as our letters about it"
                        + " say.");
        return correction(c, resident, marked, correctionReference(c.id(), EnteredInError.Part.DECISION,
                decision.id().number()), "We have withdrawn our decision", List.of(
                new Section("What we have withdrawn", List.of("Our decision of "
                        + LONG_DATE.format(UkTime.dateOf(decision.authorisedAt())) + " (reference " + latest
                        + (corrected.isEmpty() ? "" : ", our corrected letter of "
                                + LONG_DATE.format(UkTime.dateOf(corrected.last()))) + ")"
                        + " about how we deliver our services to you was recorded in error: we should not have made"
                        + " it, and we have withdrawn it.")),
                new Section("What this means for you", List.of("The arrangements in that decision no longer apply"
                        + " from the date of this letter.").appendAll(stillInForce)
                        .append("It is marked as entered in error on our records."))));
    }

    private Letter correction(Case c, Resident resident, EnteredInError marked, String reference, String subject,
            Seq<Section> withdrawn) {
        return new Letter(Kind.CORRECTION, c.id(), c.resident(), resident.name(), resident.address(),
                UkTime.dateOf(marked.at()), reference, subject, withdrawn.appendAll(List.of(
                        new Section("What happens next", List.of("You do not need to do anything.")),
                        new Section("If you have any questions", List.of("Contact us in writing, by phone, or by"
                                + " speaking to any member of staff, and quote the reference " + reference + ".")),
                        ombudsman())),
                SIGN_OFF, signatory(marked.by(), Option.none()));
    }

    /** The correction letter's reference: after the letter it corrects, W1-C or D1-C. */
    static String correctionReference(CaseId caseId, EnteredInError.Part part, int number) {
        return reference(caseId, (part == EnteredInError.Part.WARNING ? "W" : "D") + number + "-C");
    }

    /** The case's reference (the first part of its id, which is random and so unique in practice) and the letter's. */
    static String reference(CaseId caseId, String letter) {
        return "UCA-" + caseId.value().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "/" + letter;
    }

    /** The outcome as a sentence to the resident (the staff's labels are for the pages). */
    /** A measure as the letter states it, with the services it affects ("no blanket approach", LGSCO). */
    static String withItsServices(Measure m) {
        return AppliesToServices.scopeOf(m).map(scope -> m.inPlainEnglish() + " " + scope.inALetter())
                .getOrElse(m.inPlainEnglish());
    }

    private static String inPlainEnglish(AppealOutcome outcome) {
        return switch (outcome) {
            case DECISION_UPHELD -> "We have looked again at our decision and it stays as it is.";
            case DECISION_VARIED -> "We have looked again at our decision and changed it. What applies now is set"
                    + " out below.";
            case DECISION_OVERTURNED -> "We have looked again at our decision and cancelled it.";
        };
    }

    private static String inPlainEnglish(ReviewOutcome outcome) {
        return switch (outcome) {
            case CONTINUE -> "We have decided that the arrangements we told you about will stay as they are for now.";
            case VARY -> "We have decided to change the arrangements we told you about. What applies now is set out"
                    + " below.";
            case LIFT -> "We have decided to end the restrictions we told you about.";
        };
    }

    /** Policy 4.2: how to appeal, to whom, and how soon it is reviewed. */
    private static Section appeal(AuthorityLevel reviewLevel, String reference, Seq<Measure> inForce) {
        return new Section("If you disagree: how to appeal", List.of(
                "You can appeal against this decision at any time while it applies. Tell us why you disagree "
                        + waysToAppeal(inForce) + ", and quote the reference " + reference + ".",
                (reviewLevel == AuthorityLevel.ASSISTANT_DIRECTOR ? "An " : "A ") + reviewLevel.title()
                        + " who was not involved in the decision will review it within 10 working days of"
                        + " receiving your appeal request, and write to you with the outcome."));
    }

    /**
     * The ways the resident may appeal, never one the measures in force close to them (a letter is always open):
     * "in writing (a letter or an email), by phone, or by speaking to any member of staff" when nothing is closed.
     */
    static String waysToAppeal(Seq<Measure> inForce) {
        boolean email = true;
        boolean phone = true;
        boolean inPerson = true;
        for (Measure m : inForce) {
            if (m instanceof ContactStandard.ExcludedContactMethods e) {
                email &= !e.excluded().contains(org.uca.domain.shared.Channel.EMAIL);
                phone &= !e.excluded().contains(org.uca.domain.shared.Channel.PHONE);
                inPerson &= !e.excluded().contains(org.uca.domain.shared.Channel.IN_PERSON);
            } else if (m instanceof ContactStandard.NoTelephoneCalls) {
                phone = false;
            } else if (m instanceof ContactStandard.ExclusionFromPersonalContact
                    || m instanceof ContactStandard.OfficeBan) {
                inPerson = false;
            }
        }
        List<String> ways = List.of("in writing (" + (email ? "a letter or an email)" : "a letter)"));
        if (phone) {
            ways = ways.append("by phone");
        }
        if (inPerson) {
            ways = ways.append("by speaking to any member of staff");
        }
        return ways.size() == 1 ? ways.head() : ways.init().mkString(", ") + ", or " + ways.last();
    }

    /** Policy 3.5: outside the Complaints Policy; the right to contact the Housing Ombudsman. */
    private static Section ombudsman() {
        return new Section("Your right to contact the Housing Ombudsman", List.of(
                "The decision to take the actions set out in our Unacceptable customer actions policy lies outside"
                        + " our Complaints Policy. You have the right to contact the Housing Ombudsman at any"
                        + " time:").appendAll(OMBUDSMAN_CONTACT));
    }

    private static Seq<String> essentialWorks(Seq<Measure> measures) {
        boolean excluded = measures.exists(m -> m instanceof ContactStandard.ExclusionFromPersonalContact
                || m instanceof ContactStandard.OfficeBan || m instanceof ContactStandard.AccompaniedPersonalContactOnly);
        return List.of(excluded
                ? "We will still carry out emergency repairs and necessary planned works; we will arrange access"
                        + " with you in advance where we can."
                : "Emergency repairs and necessary planned works are not affected by this decision.");
    }

    /**
     * The person who acted, by name and job title, in one read of their staff record: the name as the case recorded
     * it (else as the record has it), the job title from the record, else their authority level's title, else their
     * team; a person no longer in the directory signs as the housing service.
     */
    private Signatory signatory(StaffId id, Option<StaffMember> asRecorded) {
        Option<StaffRecord> record = ports.staffRecords().record(id);
        Option<StaffMember> member = asRecorded.orElse(() -> record.map(StaffRecord::member));
        String jobTitle = record.map(StaffRecord::jobTitle).filter(t -> !t.isBlank())
                .orElse(() -> member.filter(m -> m.authority() != AuthorityLevel.NONE)
                        .map(m -> m.authority().title()))
                .orElse(() -> member.map(StaffMember::team).filter(t -> !t.isBlank()))
                .getOrElse("Housing Services");
        return member.map(m -> new Signatory(m.name(), jobTitle))
                .getOrElse(() -> new Signatory("Housing Services", "On behalf of the landlord"));
    }
}
