package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.UkTime;

@DisplayName("The notification outbox and issued letters")
class OutboxAndLettersTest extends OnADatabase {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Test
    @DisplayName("every authorised action is in the outbox for the Service Development Team until the relay sends it")
    void outbox() {
        CaseId caseId = caseWithContactStandards(ALEX);

        var unsent = db.database.unsentNotifications(10);
        assertThat(unsent.map(OutboxNotification::audience))
                .containsExactly(Audience.SERVICE_DEVELOPMENT_TEAM, Audience.TEAMS_INFORMED);
        assertThat(unsent.map(OutboxNotification::caseId)).containsOnly(caseId);
        assertThat(unsent.last().teams()).containsExactly("Customer Services", "Service Development Team");
        assertThat(unsent.head().subject()).isEqualTo("Measures authorised on case " + caseId);

        db.database.markNotificationSent(unsent.head().id(), Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(db.database.unsentNotifications(10).map(OutboxNotification::audience))
                .containsExactly(Audience.TEAMS_INFORMED);
    }

    @Test
    @DisplayName("a refused authorisation leaves nothing in the outbox: notifications exist only for kept changes")
    void refusedLeavesNoNotification() {
        CaseId caseId = journey.recordVerbalAbuse(ALEX).caseId();
        var refused = app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.OFFICER.id(),
                caseId, AProposal.contactStandards(Measures.noEmail()).immediate(new ActionId(1))
                        .decidedOn(UkTime.dateOf(clock.now())).build()));

        assertThat(refused.isLeft()).isTrue();
        assertThat(db.database.unsentNotifications(10)).isEmpty();
    }

    @Test
    @DisplayName("a letter is kept exactly as issued to the resident")
    void lettersAsIssued() throws Exception {
        CaseId caseId = caseWithContactStandards(ALEX);
        Letter issued = journey.inform(caseId, new DecisionId(1));

        try (var c = db.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select kind, content from issued_letter order by id")) {
            List<String> kinds = List.empty();
            Letter last = null;
            while (r.next()) {
                kinds = kinds.append(r.getString(1));
                last = StoredJson.letterFrom(r.getString(2));
            }
            assertThat(kinds).containsExactly("WARNING", "DECISION");
            assertThat(last).isEqualTo(issued);
        }
    }
}
