package org.uca.adapter.persistence.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * The case that the stored version-1 fixtures hold ({@code formats/case-v1.json} and {@code formats/v1-rows.sql},
 * written by the adapter as it was before format 2): every part a case can have — needs, actions, a warning, a
 * decision after the warning that was informed, appealed, varied on appeal and reviewed, contacts, and an action
 * with safety concerns after that. Built here again with the domain, so a test can compare what an old row reads
 * as with the case it was, without trusting the reader under test.
 */
public final class VersionOneCase {

    public static final CaseId ID = new CaseId(UUID.fromString("6f1c2e7a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));

    private VersionOneCase() {
    }

    /** A fixture file under {@code formats/} in the test resources. */
    public static String resource(String name) {
        try (InputStream in = VersionOneCase.class.getResourceAsStream("/formats/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision without what its letter said: version-one documents predate keeping it. */
    public static org.uca.domain.cases.Decision asNow(org.uca.domain.cases.Decision d) {
        return new org.uca.domain.cases.Decision(d.id(), d.measures(), d.grounds(), d.reasons(), d.safeguards(),
                d.authorisedBy(), d.authorisedAt(), d.reviewDate(), d.status(), d.residentInformed(), d.reviews(),
                d.replaces(), d.enteredInError(), d.amendments());
    }

    /** Asserts that a case read back is the expected one, part for part and event for event. */
    public static void assertSameCase(Case read, Case expected) {
        assertThat(read.id()).isEqualTo(expected.id());
        assertThat(read.resident()).isEqualTo(expected.resident());
        assertThat(read.version()).isEqualTo(expected.version());
        assertThat(List.ofAll(read.actions())).isEqualTo(List.ofAll(expected.actions()));
        assertThat(List.ofAll(read.warnings())).isEqualTo(List.ofAll(expected.warnings()));
        // a version-one document predates keeping what the decision letter said (Decision.AsAuthorised): it reads
        // as what the decision says now, so that part is compared apart
        assertThat(List.ofAll(read.decisions()).map(VersionOneCase::asNow))
                .isEqualTo(List.ofAll(expected.decisions()).map(VersionOneCase::asNow));
        assertThat(List.ofAll(read.decisions()).map(d -> d.asAuthorised().measures().toJavaList()))
                .isEqualTo(List.ofAll(read.decisions()).map(d -> d.measures().toJavaList()));
        assertThat(List.ofAll(read.appeals())).isEqualTo(List.ofAll(expected.appeals()));
        assertThat(read.needs()).isEqualTo(expected.needs());
        assertThat(List.ofAll(read.contacts())).isEqualTo(List.ofAll(expected.contacts()));
        assertThat(List.ofAll(read.history())).isEqualTo(List.ofAll(expected.history()));
    }

    public static Case theCase() {
        ACase built = ACase.aCase().withId(ID)
                .withNeeds(new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.INTERPRETER, "Polish"),
                        new ReasonableAdjustment(AdjustmentKind.ACCESSIBLE_FORMATS, "Large print")), "Recently bereaved."))
                .withAction(Reports::verbalAbuse)
                .warned()
                .withFurtherAction()
                .authorised(AProposal.contactStandards(Measures.singlePointOfContact(), Measures.noEmail(),
                        Measures.thirtyMinutesAWeek()))
                .residentInformed()
                .withContact(20, Channel.PHONE)
                .withContact(15, Channel.IN_PERSON)
                .appealed();
        Instant at = built.lastStep().plus(Duration.ofDays(1));
        Case c = built.build();
        c = Fixtures.after(c.decideAppeal(new AppealId(1), AppealOutcome.DECISION_VARIED,
                List.of(Measures.singlePointOfContact(), Measures.twoHoursAMonth()),
                "A weekly allowance was too tight for a resident with an interpreter.", Staff.ASSISTANT_DIRECTOR, at));
        at = at.plus(Duration.ofDays(1));
        c = Fixtures.after(c.review(new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(),
                "Two further calls over the allowance.", Option.some(UkTime.dateOf(at).plusMonths(3)),
                Staff.SECOND_SERVICE_MANAGER, at));
        at = at.plus(Duration.ofDays(1));
        c = Fixtures.after(c.recordActions(List.of(Reports.threatsWithSafetyConcern(at.minus(Duration.ofHours(2)))),
                Staff.OFFICER, at));
        return writtenBeforeComplaintsWereHeard(c);
    }

    /**
     * The case as format 1 wrote it: its decision said nothing of how complaints are still heard (issue 15 §2 came
     * later, and today's rules would refuse the decision without it), so it reads back with none.
     */
    private static Case writtenBeforeComplaintsWereHeard(Case c) {
        return Case.rebuild(c.id(), c.resident(), c.actions(), c.warnings(), c.decisions().map(d -> new Decision(
                        d.id(), d.measures(), d.grounds(), d.reasons(),
                        d.safeguards().withHowComplaintsAreStillHeard(Option.none()), d.authorisedBy(),
                        d.authorisedAt(), d.reviewDate(), d.status(), d.residentInformed(), d.reviews(), d.replaces(),
                        d.enteredInError(), d.amendments(), d.asAuthorised(), d.property())),
                c.appeals(), c.needs(), c.contacts(), c.history());
    }
}
