package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.uca.application.port.out.Letter.Kind;
import org.uca.application.port.out.Letter.Section;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealDecision;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.Review;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.Warning;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.UkTime;

/** Writes the policy's letters to residents from the case, in plain English. */
final class LetterWriter {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final String OMBUDSMAN = "The decision to take the actions set out in our Unacceptable customer"
            + " actions policy lies outside our Complaints Policy. You have the right to contact the Housing"
            + " Ombudsman at any time.";

    Letter warning(Case c, Resident resident, Warning warning) {
        Seq<String> actions = warning.actionsReferredTo().flatMap(c::action).map(a -> "On "
                + LONG_DATE.format(UkTime.dateOf(a.occurredAt())) + " (" + a.report().channel().label() + "): "
                + a.kind().label().toLowerCase(Locale.UK) + ". " + a.report().whatHappened());
        return letter(Kind.WARNING, c, resident, UkTime.dateOf(warning.issuedAt()),
                "Your actions towards our staff, contractors or resident group members are unacceptable",
                List.of(
                        new Section("What happened", List.of("We are writing about the following:").appendAll(actions)),
                        new Section("Why this is unacceptable", List.of(warning.reasons())),
                        new Section("What you need to do", List.of(warning.whatMustChange(),
                                "We are giving you the opportunity to change this behaviour.")),
                        new Section("What happens if the actions continue", List.of(
                                "If the unacceptable actions continue, we will take action. We may change or limit"
                                        + " the ways we have contact with you, limit our services to those that"
                                        + " are essential, take tenancy action if you breach your tenancy, or"
                                        + " inform the police if you break the law.")),
                        new Section("Your rights", List.of(OMBUDSMAN))));
    }

    Letter decision(Case c, Resident resident, Decision decision) {
        AuthorityLevel appealLevel = decision.appealReviewLevel();
        Seq<Section> sections = List.of(
                new Section(decision.immediate() ? "Why we are acting immediately" : "Why we have made this decision",
                        List.of(decision.reasons())),
                new Section("What we have decided", decision.measures().map(Measure::inPlainEnglish)),
                new Section("Repairs and essential works", essentialWorks(decision.measures())),
                new Section("When we will review this", List.of("We will review this decision by "
                        + LONG_DATE.format(decision.reviewDate()) + ".")),
                new Section("If you disagree: how to appeal", List.of(
                        "You can appeal against this decision by writing to us, or telling any member of staff,"
                                + " explaining why you disagree.",
                        (appealLevel == AuthorityLevel.DIRECTOR ? "A " : "An ") + appealLevel.title()
                                + " who was not involved in the decision will review it within"
                                + " 10 working days of receiving your appeal request.")),
                new Section("Your rights", List.of(OMBUDSMAN)));
        return letter(Kind.DECISION, c, resident, UkTime.dateOf(decision.authorisedAt()),
                "Our decision about how we will deliver our services to you", sections);
    }

    Letter appealOutcome(Case c, Resident resident, Appeal appeal, Decision decision) {
        AppealDecision outcome = appeal.outcome().get();
        Seq<Section> sections = List.of(
                new Section("Your appeal", List.of("We received your appeal on " + LONG_DATE.format(appeal.received())
                        + " against our decision of " + LONG_DATE.format(UkTime.dateOf(decision.authorisedAt()))
                        + ". It has been reviewed by " + outcome.decidedBy().name() + ", "
                        + outcome.decidedBy().authority().title() + ".")),
                new Section("The outcome", List.of(outcome.outcome().label() + ".", outcome.reasons())),
                decision.inForce()
                        ? new Section("What applies now", decision.measures().map(Measure::inPlainEnglish)
                                .append("We will review this by " + LONG_DATE.format(decision.reviewDate()) + "."))
                        : new Section("What applies now", List.of("The restrictions in that decision no longer"
                                + " apply.")),
                new Section("Your rights", List.of(OMBUDSMAN)));
        return letter(Kind.APPEAL_OUTCOME, c, resident, UkTime.dateOf(outcome.decidedAt()),
                "The outcome of your appeal", sections);
    }

    Letter reviewOutcome(Case c, Resident resident, Decision decision, Review review) {
        Seq<String> now = review.outcome() == ReviewOutcome.LIFT
                ? List.of("The restrictions we told you about no longer apply.")
                : review.measuresAfter().map(Measure::inPlainEnglish)
                        .appendAll(review.nextReviewDate().map(d -> "We will review this again by "
                                + LONG_DATE.format(d) + "."));
        return letter(Kind.REVIEW_OUTCOME, c, resident, UkTime.dateOf(review.reviewedAt()),
                "We have reviewed the restrictions on how we deliver our services to you",
                List.of(new Section("The outcome of our review", List.of(review.outcome().label() + ".",
                                review.reasons())),
                        new Section("What applies now", now),
                        new Section("Your rights", List.of(OMBUDSMAN))));
    }

    private static Seq<String> essentialWorks(Seq<Measure> measures) {
        boolean excluded = measures.exists(m -> m instanceof ContactStandard.ExclusionFromPersonalContact
                || m instanceof ContactStandard.OfficeBan || m instanceof ContactStandard.AccompaniedPersonalContactOnly);
        return List.of(excluded
                ? "We will still carry out emergency repairs and necessary planned works; we will arrange access"
                        + " with you in advance where we can."
                : "Emergency repairs and necessary planned works are not affected by this decision.");
    }

    private static Letter letter(Kind kind, Case c, Resident resident, LocalDate date, String subject,
            Seq<Section> sections) {
        return new Letter(kind, c.id(), c.resident(), resident.name(), resident.address(), date, subject, sections,
                "Yours sincerely,\nHousing Services");
    }
}
