package org.uca.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.UnacceptableAction;
import org.uca.domain.cases.Warning;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;

/**
 * A synthetic landlord: residents {@code R-0000001 …}, one in ten with a case, each case made by the real domain
 * operations (so every rule of the policy held), its history starting somewhere in the five years before
 * {@link #now}. Deterministic: resident {@code n} always gets the same case (apart from the random case id).
 *
 * <p>Case mix (of the residents with a case): 40 % actions only, 20 % warned, 20 % contact standards in force
 * after a warning, 6 % of those appealed and waiting, 5 % appealed and upheld, 4 % lifted at review, 5 % immediate
 * action for safety (exclusion from personal contact and an office ban, by an Assistant Director's authority).
 */
public final class SyntheticLandlord {

    /** One resident in this many has a case. */
    public static final int ONE_IN = 10;

    private static final String[] FIRST = {"Janet", "Peter", "Sandra", "Michael", "Amina", "David", "Grace", "Tom",
            "Olivia", "Ahmed", "Priya", "Ben", "Laura", "Marcus", "Helen", "Nina", "Sam", "Chloe", "Kwame", "Zofia"};
    private static final String[] LAST = {"Morris", "Walsh", "Clarke", "Byrne", "Yusuf", "Chen", "Adeyemi",
            "Fletcher", "Grant", "Hassan", "Shah", "Carter", "Hughes", "Reid", "Ward", "Patel", "Jones", "Novak"};
    private static final String[] STREETS = {"Elm Court", "Lime Grove", "Portobello Road", "Cambridge Gardens",
            "Westbourne Park Road", "Ladbroke Grove", "Kensal House", "Golborne Road", "Chepstow Villas"};

    private final Instant now;
    private final long seed;

    public SyntheticLandlord(Instant now, long seed) {
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.seed = seed;
    }

    public static ResidentId residentId(int n) {
        return new ResidentId(String.format("R-%07d", n));
    }

    /** Residents are numbered from 1; this one has a case. */
    public static boolean hasCase(int n) {
        return n % ONE_IN == 3;
    }

    public Resident resident(int n) {
        SplittableRandom random = random(n);
        return new Resident(residentId(n), FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                "Flat " + (1 + random.nextInt(40)) + ", " + (1 + random.nextInt(200)) + " "
                        + STREETS[random.nextInt(STREETS.length)] + ", London W" + (1 + random.nextInt(14)));
    }

    /** The case of resident {@code n}, if the resident has one. */
    public Option<Case> caseOf(int n) {
        return hasCase(n) ? Option.some(buildCase(n)) : Option.none();
    }

    private SplittableRandom random(int n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    }

    private Case buildCase(int n) {
        SplittableRandom random = random(n).split();
        long span = Duration.ofDays(5 * 365).toSeconds();
        Instant start = now.minusSeconds(60 * 60 + random.nextLong(span));
        // Up to ten steps; the gap between steps keeps the whole history before now.
        long room = Duration.between(start, now).toSeconds() / 12;
        long gap = Math.max(60, Math.min(Duration.ofDays(14).toSeconds(), room));
        Steps steps = new Steps(Case.open(new CaseId(new UUID(random.nextLong(), random.nextLong())),
                residentId(n)), start, gap, random);
        int stage = random.nextInt(100);
        if (stage >= 95) {
            steps.record(Reports::threatsWithSafetyConcern);
            steps.authorise(AProposal.contactStandards(Measures.exclusionFromPersonalContact(), Measures.officeBan())
                    .immediate(steps.safetyActions().toJavaArray(ActionId[]::new)));
            steps.informed();
            return steps.current;
        }
        int actions = 1 + random.nextInt(3);
        for (int i = 0; i < actions; i++) {
            steps.record(i % 2 == 0 ? Reports::verbalAbuse : Reports::disproportionateContact);
        }
        if (stage < 40) {
            return steps.current;
        }
        steps.warn();
        if (stage < 60) {
            return steps.current;
        }
        steps.record(Reports::disproportionateContact);
        Warning latest = steps.current.warnings().last();
        Seq<ActionId> further = steps.current.actions().filter(a -> a.occurredAt().isAfter(latest.issuedAt()))
                .map(UnacceptableAction::id);
        Measure[] measures = random.nextBoolean()
                ? new Measure[] {Measures.singlePointOfContact(), Measures.noEmail()}
                : new Measure[] {Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek()};
        steps.authorise(AProposal.contactStandards(measures).afterWarning(latest.id(), further));
        steps.informed();
        if (stage < 80) {
            return steps.current;
        }
        if (stage < 86) {
            steps.appeal();
        } else if (stage < 91) {
            steps.appeal();
            steps.decideAppeal();
        } else {
            steps.lift();
        }
        return steps.current;
    }

    /** The domain operations, one step at a time, refusing loudly if the policy refuses. */
    private static final class Steps {
        private Case current;
        private Instant clock;
        private final long gapSeconds;
        private final SplittableRandom random;

        Steps(Case opened, Instant start, long gapSeconds, SplittableRandom random) {
            this.current = opened;
            this.clock = start;
            this.gapSeconds = gapSeconds;
            this.random = random;
        }

        private Instant step() {
            Instant at = clock;
            clock = clock.plusSeconds(gapSeconds / 2 + random.nextLong(gapSeconds / 2 + 1));
            return at;
        }

        void record(Function<Instant, ActionReport> report) {
            Instant at = step();
            // reported shortly before it is recorded, and always after the previous step
            Instant occurred = at.minusSeconds(Math.min(Duration.ofMinutes(30).toSeconds(), gapSeconds / 4));
            apply(current.recordActions(List.of(report.apply(occurred)), Staff.OFFICER, at));
        }

        void warn() {
            int lastWarned = current.warnings().flatMap(Warning::actionsReferredTo).map(ActionId::number).max()
                    .getOrElse(0);
            apply(current.issueWarning(current.actions().map(UnacceptableAction::id)
                            .filter(a -> a.number() > lastWarned),
                    "Shouting at and abusing our staff is unacceptable.",
                    "Speak to our staff calmly and without abuse or offensive language.", Staff.OFFICER, step()));
        }

        Seq<ActionId> safetyActions() {
            return current.actions().filter(UnacceptableAction::raisesSafetyConcerns).map(UnacceptableAction::id);
        }

        void authorise(AProposal proposal) {
            Instant at = step();
            var built = proposal.decidedOn(UkTime.dateOf(at)).build();
            apply(current.authorise(built, Staff.at(Measure.requiredAuthorityFor(built.measures())), at));
        }

        Decision latestDecision() {
            return current.decisions().last();
        }

        void informed() {
            Instant at = step();
            apply(current.recordResidentInformed(latestDecision().id(),
                    new ResidentInformed(at, Staff.OFFICER.id(), InformedHow.LETTER), Staff.OFFICER, at));
        }

        void appeal() {
            Instant at = step();
            apply(current.lodgeAppeal(latestDecision().id(), UkTime.dateOf(at),
                    "I was never given the chance to explain what happened.", Staff.OFFICER, at,
                    WorkingDays.ENGLAND_AND_WALES));
        }

        void decideAppeal() {
            var appeal = current.appeals().last();
            StaffMember reviewer = Staff.at(latestDecision().authorisedBy().authority().oneLevelUp());
            apply(current.decideAppeal(appeal.id(), AppealOutcome.DECISION_UPHELD, List.empty(),
                    "The measures are proportionate to the actions recorded.", reviewer, step()));
        }

        void lift() {
            Decision latest = latestDecision();
            apply(current.lift(latest.id(), "No further incidents since the decision.",
                    Staff.at(Measure.requiredAuthorityFor(latest.measures())), step()));
        }

        private void apply(Either<Refusal, CaseUpdate> outcome) {
            if (outcome.isLeft()) {
                throw new IllegalStateException("The policy refused a synthetic step on " + current.id() + ": "
                        + outcome.getLeft().message());
            }
            current = outcome.get().after();
        }
    }

    /** Members of staff named in the synthetic cases (the domain fixtures' staff). */
    public static Seq<StaffMember> staff() {
        return Staff.everyone();
    }
}
