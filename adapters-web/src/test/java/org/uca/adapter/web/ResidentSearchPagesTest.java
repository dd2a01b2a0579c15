package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.domain.people.ResidentId;

@DisplayName("Finding residents a page at a time, on the pages and the API")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentSearchPagesTest {

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        for (int i = 1; i <= 7; i++) {
            fixture.uca.residents.add(new Resident(new ResidentId("R-70" + i), "Pat Quarry " + i, i + " Quarry Lane"));
        }
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("the API gives a page of the size asked for, and the next page in a Link header")
    void theApiLinksTheNextPage() {
        WebClient api = new WebClient(fixture.app.port()).withToken(Role.OFFICER);

        HttpResponse<String> first = api.getJson("/api/residents?q=quarry&size=3");
        HttpResponse<String> last = api.getJson("/api/residents?q=quarry&size=3&page=3");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("R-701").contains("R-703").doesNotContain("R-704");
        assertThat(first.headers().firstValue("Link")).hasValue("</api/residents?q=quarry&page=2&size=3>; rel=\"next\"");
        assertThat(last.body()).contains("R-707").doesNotContain("R-706");
        assertThat(last.headers().firstValue("Link")).isEmpty();
    }

    @Test
    @DisplayName("a page or size that is not a whole number in range is a 422 naming the field")
    void badPagingIsAFieldError() {
        WebClient api = new WebClient(fixture.app.port()).withToken(Role.OFFICER);

        HttpResponse<String> words = api.getJson("/api/residents?q=quarry&page=two&size=3");
        HttpResponse<String> tooBig = api.getJson("/api/residents?q=quarry&size=500");

        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(words.body()).contains("\"field\":\"page\"");
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(tooBig.body()).contains("\"field\":\"size\"");
    }

    @Test
    @DisplayName("the search page finds by address and offers the next and previous pages")
    void thePageOffersNextAndPrevious() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);

        String first = officer.get("/residents?q=quarry+lane&size=5").body();
        String second = officer.get("/residents?q=quarry+lane&page=2&size=5").body();
        HttpResponse<String> bad = officer.get("/residents?q=quarry&page=0");

        assertThat(first).contains("Pat Quarry 5").doesNotContain("Pat Quarry 6")
                .contains("href=\"/residents?q=quarry+lane&amp;page=2&amp;size=5\" rel=\"next\"");
        assertThat(second).contains("Pat Quarry 7").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("govuk-error-summary").contains("The page is a whole number from 1.");
    }
}
