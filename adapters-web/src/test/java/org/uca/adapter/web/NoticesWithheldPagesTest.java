package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.cases.WarningId;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * Telling the resident, or deliberately not (issue 15 §3), on the pages and the API: a decision for Sean Second
 * whose resident has not been told.
 */
@DisplayName("Notice withheld from the resident: the forms, the case page, the work queue, the API and monitoring")
class NoticesWithheldPagesTest {

    private static final String RISK = "The police ask that he is not told while they investigate threats to staff.";

    private WebFixture fixture;
    /** The application's "now": the system clock, moved on by a test to a re-check date. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Duration> ahead =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Duration.ZERO);
    private CaseId caseId;
    private String decisionPath;
    private LocalDate today;

    @BeforeEach
    void aDecisionWhoseResidentIsNotTold() {
        fixture = new WebFixture(5, () -> Instant.now().plus(ahead.get()));
        fixture.app.start(0);
        today = UkTime.dateOf(Instant.now());
        StaffId officer = fixture.staffOf.get(Role.OFFICER);
        StaffId manager = fixture.staffOf.get(Role.SERVICE_MANAGER);
        var app = fixture.uca.application;
        caseId = app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(officer,
                WebFixture.SECOND_RESIDENT, List.of(report(officer, Instant.now().minusSeconds(3600))))).get()
                .caseId();
        app.issueWarning().issueWarning(new IssueWarningUseCase.Command(manager, caseId, List.of(new ActionId(1)),
                "Abuse of staff is unacceptable.", "Stop swearing at staff.")).get();
        app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(officer,
                WebFixture.SECOND_RESIDENT, List.of(report(officer, Instant.now())))).get();
        app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(manager, caseId, new MeasuresProposal(
                List.of(new ContactStandard.NoTelephoneCalls()),
                new Grounds.AfterWarning(new WarningId(1), List.of(new ActionId(2))),
                "Abuse continued by phone after the warning.",
                new Safeguards("No adjustments recorded; no vulnerability known.", List.of("Housing"),
                        List.of("Repairs"), officer, Option.none(), Option.none(),
                        Option.some("In writing to the Complaints Team, who read each letter.")),
                today.plusMonths(6)))).get();
        decisionPath = "/cases/" + caseId + "/decisions/1";
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    private static ActionReport report(StaffId by, Instant at) {
        return new ActionReport(ActionKind.VERBAL_ABUSE, "", Set.of(AffectedParty.STAFF), at, Channel.PHONE, by,
                "Shouted and swore at the call handler.", false);
    }

    private long version() {
        return fixture.uca.cases.find(caseId).get().version();
    }

    @Test
    @DisplayName("an Assistant Director withholds notice on the case page's form; a form without a reason or with a"
            + " re-check too far ahead is shown again with an error summary naming each field, and nothing is saved")
    void theResidentIsToldWithReasonsUnlessTellingThemWouldCreateARisk() {
        WebClient ad = new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR);
        assertThat(ad.get("/cases/" + caseId).body()).contains("Withhold notice from the resident",
                decisionPath + "/withhold-notice");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER).get("/cases/" + caseId).body())
                .doesNotContain("Withhold notice from the resident");
        long before = version();

        HttpResponse<String> refused = ad.post(decisionPath + "/withhold-notice", "risk", "",
                "recheckOn", today.plusMonths(4).toString(), "caseVersion", String.valueOf(before));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#risk\"", "href=\"#recheckOn\"",
                "Give why telling the resident would create a risk.", "Set the re-check within 3 months");
        assertThat(version()).isEqualTo(before);

        HttpResponse<String> done = ad.post(decisionPath + "/withhold-notice", "risk", RISK,
                "recheckOn", today.plusMonths(1).toString(), "caseVersion", String.valueOf(before));

        assertThat(done.statusCode()).as(done.body()).isIn(200, 303);
        String page = new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/cases/" + caseId).body();
        assertThat(page).contains("Notice withheld: " + RISK, "Signed off by Ada Assistant (Assistant Director)",
                "Do not tell the resident of this decision or send its letter", "Not yet: notice is withheld");
    }

    @Test
    @DisplayName("while notice is withheld only an Assistant Director or above may record the resident told (it ends"
            + " the withholding): an officer is offered neither that nor the decision letter, and the API refuses"
            + " them with 422, changing nothing")
    void whileNoticeIsWithheldOnlyAnAssistantDirectorRecordsTheResidentTold() {
        StaffId ad = fixture.staffOf.get(Role.ASSISTANT_DIRECTOR);
        fixture.uca.application.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                .Command(ad, caseId, new org.uca.domain.cases.DecisionId(1), RISK, today.plusMonths(1))).get();
        String letter = "href=\"/cases/" + caseId + "/letters/decision/1\"";
        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/cases/" + caseId).body())
                .doesNotContain("Record resident informed", letter);
        assertThat(new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR).get("/cases/" + caseId).body())
                .contains("Record resident informed", "Re-check notice withheld").doesNotContain(letter);
        String at = "/api/cases/" + caseId + "/decisions/1/informed";
        String body = "{\"informedAt\":\"" + Instant.now() + "\",\"how\":\"IN_PERSON\"}";
        long before = version();

        HttpResponse<String> refused = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + before + "\"")
                .postJson(at, body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("which only an Assistant Director or above may do");
        assertThat(version()).isEqualTo(before);
        HttpResponse<String> told = fixture.apiAsGiven(Role.ASSISTANT_DIRECTOR)
                .withHeader("If-Match", "\"" + before + "\"").postJson(at, body);
        assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
        assertThat(fixture.uca.cases.find(caseId).get().decisions().single().noticeIsWithheld()).isFalse();
    }

    @Test
    @DisplayName("a resident not told of a decision lifted while notice was withheld is told by the letter of its"
            + " lifting once an Assistant Director ends the withholding, not by a decision letter saying it applies")
    void aResidentWhoseNoticeWasWithheldIsToldOfTheLiftingOnceTheWithholdingEnds() {
        StaffId ad = fixture.staffOf.get(Role.ASSISTANT_DIRECTOR);
        var app = fixture.uca.application;
        var decision = new org.uca.domain.cases.DecisionId(1);
        app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(ad, caseId,
                decision, RISK, today.plusMonths(1))).get();
        app.liftRestriction().lift(new org.uca.application.port.in.LiftRestrictionUseCase.Command(
                fixture.staffOf.get(Role.SERVICE_MANAGER), caseId, decision, "Calls have been civil for months."))
                .get();
        String liftLetter = "/cases/" + caseId + "/letters/review/1/1";
        assertThat(new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR).get("/cases/" + caseId).body())
                .as("while withheld, no letter about it").doesNotContain(liftLetter);

        app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.End(ad, caseId,
                decision, "The investigation has closed.")).get();

        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/cases/" + caseId).body())
                .contains(liftLetter).doesNotContain(decisionPath + "/informed");
        assertThat(app.sendLetter().recordSending(fixture.staffOf.get(Role.OFFICER), caseId,
                new org.uca.application.port.in.LetterQuery.Which.ForReview(decision, 1),
                org.uca.application.port.out.LetterOutput.How.POSTED).isRight()).isTrue();
        HttpResponse<String> told = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + version() + "\"")
                .postJson("/api/cases/" + caseId + "/decisions/1/informed", "{\"informedAt\":\"" + Instant.now()
                        + "\",\"how\":\"IN_PERSON\"}");
        assertThat(told.statusCode()).as(told.body()).isEqualTo(422);
        assertThat(told.body()).contains("its decision letter would tell the resident it applies");
    }

    @Test
    @DisplayName("notice is not offered to be withheld once a letter telling the resident of the decision was recorded"
            + " as sent: they have been, or are being, told")
    void noticeIsNotOfferedToBeWithheldOnceTheDecisionLetterWasSent() {
        WebClient ad = new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR);
        assertThat(ad.get("/cases/" + caseId).body()).contains(decisionPath + "/withhold-notice");

        fixture.uca.application.sendLetter().recordSending(fixture.staffOf.get(Role.OFFICER), caseId,
                new org.uca.application.port.in.LetterQuery.Which.ForDecision(new org.uca.domain.cases.DecisionId(1),
                        Option.none()), org.uca.application.port.out.LetterOutput.How.POSTED).get();

        assertThat(ad.get("/cases/" + caseId).body()).doesNotContain("Withhold notice from the resident",
                decisionPath + "/withhold-notice").contains(decisionPath + "/informed");
    }

    @Test
    @DisplayName("the form recording the resident told says, while notice is withheld, that it ends the withholding"
            + " and is for an Assistant Director or above")
    void theInformingFormSaysItEndsTheWithholding() {
        WebClient ad = new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR);
        String ends = "recording that they were told ends the withholding, which only an Assistant Director or above"
                + " may do";
        assertThat(ad.get(decisionPath + "/informed").body()).doesNotContain(ends);
        fixture.uca.application.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                .Command(fixture.staffOf.get(Role.ASSISTANT_DIRECTOR), caseId, new org.uca.domain.cases.DecisionId(1),
                RISK, today.plusMonths(1))).get();

        assertThat(ad.get(decisionPath + "/informed").body()).contains(ends);
    }

    @Test
    @DisplayName("the API withholds notice with If-Match (stale: 412, nothing saved), lists it in the re-check queue"
            + " on its date, and ends it; a Service Manager is refused with 403")
    void theApiWithholdsKeepsAndEndsNotice() {
        String at = "/api/cases/" + caseId + "/decisions/1/notice-withheld";
        String body = "{\"risk\":\"" + RISK + "\",\"recheckOn\":\"" + today.plusDays(1) + "\"}";
        assertThat(fixture.apiAsGiven(Role.SERVICE_MANAGER).withHeader("If-Match", "\"" + version() + "\"")
                .postJson(at, body).statusCode()).isEqualTo(403);
        HttpResponse<String> stale = fixture.apiAsGiven(Role.ASSISTANT_DIRECTOR)
                .withHeader("If-Match", "\"" + (version() - 1) + "\"").postJson(at, body);
        assertThat(stale.statusCode()).isEqualTo(412);

        HttpResponse<String> withheld = fixture.apiAsGiven(Role.ASSISTANT_DIRECTOR)
                .withHeader("If-Match", "\"" + version() + "\"").postJson(at, body);

        assertThat(withheld.statusCode()).as(withheld.body()).isEqualTo(201);
        assertThat(withheld.body()).contains("\"withheld\":true", "\"etag\":\"\\\"" + version() + "\\\"\"");
        assertThat(fixture.apiAsGiven(Role.ASSISTANT_DIRECTOR).getJson("/api/work/notices-withheld").body())
                .isEqualTo("{\"notices\":[]}");
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/work/notices-withheld").statusCode())
                .as("only those who re-check see the queue").isEqualTo(403);
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/cases/" + caseId).body())
                .contains("\"noticeWithheld\":{\"withheld\":true,\"risk\":\"" + RISK + "\"");

        HttpResponse<String> ended = fixture.apiAsGiven(Role.DIRECTOR).withHeader("If-Match", "\"" + version() + "\"")
                .postJson(at + "/ended", "{\"reasons\":\"The investigation has closed.\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(ended.body()).contains("\"withheld\":false");
        assertThat(fixture.uca.cases.find(caseId).get().decisions().single().noticeIsWithheld()).isFalse();
    }

    @Test
    @DisplayName("on its re-check date a notice withheld is in an Assistant Director's My work, /api/work and the"
            + " re-check queue, named and linked to its re-check; an officer is shown neither it nor the link to the re-check queue")
    void aNoticeWithheldIsInAnAssistantDirectorsWorkOnItsReCheckDate() {
        fixture.uca.application.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                .Command(fixture.staffOf.get(Role.ASSISTANT_DIRECTOR), caseId, new org.uca.domain.cases.DecisionId(1),
                RISK, today.plusDays(7))).get();
        WebClient ad = new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR);
        assertThat(ad.get("/").body()).doesNotContain("Re-check notice of decision 1");

        ahead.set(java.time.Duration.ofDays(8));

        assertThat(ad.get("/").body()).contains("Re-check notice of decision 1 withheld from the resident",
                decisionPath + "/notice-recheck", "All notices withheld to re-check");
        assertThat(ad.get("/work/notices-withheld").body()).as("the queue names the resident")
                .contains("Sean Second", decisionPath + "/notice-recheck");
        assertThat(fixture.apiAsGiven(Role.ASSISTANT_DIRECTOR).getJson("/api/work").body())
                .contains("\"noticesToRecheck\":[{\"caseId\":\"" + caseId + "\"", "\"decision\":1,\"recheckOn\":\""
                        + today.plusDays(7) + "\",\"overdue\":true}]");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/").body())
                .doesNotContain("Re-check notice of decision 1", "/work/notices-withheld");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/work/notices-withheld").statusCode())
                .isEqualTo(403);
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/work").body()).contains("\"noticesToRecheck\":[]");
    }

    @Test
    @DisplayName("monitoring counts notices withheld in the period and still withheld at its end, on the page, in the"
            + " CSV and in the API")
    void monitoringCountsNoticesWithheld() {
        fixture.uca.application.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                .Command(fixture.staffOf.get(Role.ASSISTANT_DIRECTOR), caseId, new org.uca.domain.cases.DecisionId(1),
                RISK, today.plusMonths(1))).get();
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String period = "?from=" + today + "&to=" + today;

        assertThat(sdt.get("/monitoring" + period).body()).contains("Notices still withheld at the end of the period");
        assertThat(sdt.get("/monitoring.csv" + period).body()).contains("Totals,\"Notices withheld: the resident not"
                + " told, because telling them would create a risk\",1,", "Totals,\"Notices still withheld at the end"
                + " of the period\",1,");
        assertThat(sdt.get("/api/monitoring" + period).body()).contains("\"noticesWithheld\":1",
                "\"noticesStillWithheld\":1");
    }

    @Test
    @DisplayName("a subject access export says notice of the decision is withheld, and when it is re-checked, but not"
            + " why while it stands (UK GDPR: disclosure would likely prejudice crime prevention or endanger someone)")
    void theSubjectAccessExportSaysNoticeIsWithheldButNotWhy() {
        fixture.uca.application.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                .Command(fixture.staffOf.get(Role.ASSISTANT_DIRECTOR), caseId, new org.uca.domain.cases.DecisionId(1),
                RISK, today.plusMonths(1))).get();
        WebClient dpo = new WebClient(fixture.app.port()).signIn(Role.DATA_PROTECTION_OFFICER);

        String page = dpo.get("/residents/R-2/subject-access").body();
        String json = fixture.apiAsGiven(Role.DATA_PROTECTION_OFFICER).getJson("/api/residents/R-2/subject-access")
                .body();

        assertThat(page).contains("Notice of a decision withheld", "Not yet: notice is withheld",
                org.uca.domain.cases.Case.WITHHELD_FROM_THE_RESIDENT).doesNotContain(RISK);
        assertThat(json).contains("\"noticeWithheld\":{\"withheld\":true", "Notice of decision 1 withheld from the"
                + " resident").doesNotContain(RISK);
    }
}
