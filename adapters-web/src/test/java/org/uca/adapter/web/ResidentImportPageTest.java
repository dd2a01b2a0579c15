package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.people.ResidentId;

@DisplayName("Import residents from the housing system: upload, preview, confirm (administrators)")
class ResidentImportPageTest {

    private static final String FILE = "reference,name,address_line_1,postcode,tenancy_start\n"
            + "R-5001,Dara Quinn,8 Beck Street,LS6 2AA,2020-03-02\n"
            + "R-5002,\"Eli, Foster\",9 Beck Street,LS6 2AB,2021-11-15\n";

    WebFixture fixture;

    @BeforeEach
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    private WebClient administrator() {
        WebClient client = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        client.get("/residents/import");
        return client;
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("the preview shows counts and references only and stores nothing; the confirm imports that file,"
            + " carried in the form, with no pending import on the server")
    void previewThenConfirm() {
        WebClient admin = administrator();

        HttpResponse<String> preview = admin.postFile("/residents/import", "file", "export.csv",
                FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("What the import would do").contains("R-5001").contains("R-5002")
                .contains("<dd class=\"govuk-summary-list__value\" id=\"added\">2</dd>")
                .doesNotContain("Dara Quinn").doesNotContain("Beck Street");
        assertThat(fixture.uca.residents.find(new ResidentId("R-5001"))).isEmpty();

        HttpResponse<String> confirmed = admin.post("/residents/import/confirm", "file", hidden(preview.body(), "file"),
                "sha256", hidden(preview.body(), "sha256"), "fileName", hidden(preview.body(), "fileName"));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(admin.get("/residents/import").body())
                .contains("Residents imported: 2 rows: 2 added, 0 changed, 0 unchanged.");
        assertThat(fixture.uca.residents.find(new ResidentId("R-5002")).get().name()).isEqualTo("Eli, Foster");
    }

    @Test
    @DisplayName("a file with a wrong row imports nothing: the error summary names each problem by line and column")
    void aWrongRowIsShownByLineAndColumn() {
        WebClient admin = administrator();

        HttpResponse<String> page = admin.postFile("/residents/import", "file", "export.csv",
                (FILE + "R-5003,Fin Gray,10 Beck Street,LS6,2021-02-30\n").getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("govuk-error-summary").contains("the file has 2 problems")
                .contains("line 4, postcode: is not a UK postcode")
                .contains("line 4, tenancy_start: is not a date written as YYYY-MM-DD");
        assertThat(fixture.uca.residents.find(new ResidentId("R-5001"))).isEmpty();
    }

    @Test
    @DisplayName("a NUL (U+0000) in the uploaded CSV is a field error naming line and column, never a 500, and"
            + " imports nothing (PostgreSQL cannot store it)")
    void aNulInTheFileIsAFieldError() {
        WebClient admin = administrator();

        HttpResponse<String> page = admin.postFile("/residents/import", "file", "export.csv",
                (FILE + "R-5003,Fin\u0000Gray,10 Beck Street,LS6 2AC,2021-02-03\n").getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("govuk-error-summary").contains("the file has a problem")
                .contains("line 4, name: contains a character that cannot be stored (U+0000)");
        assertThat(fixture.uca.residents.find(new ResidentId("R-5001"))).isEmpty();
    }

    @Test
    @DisplayName("a file that is not UTF-8 (Excel's plain CSV: Windows-1252) is refused naming its line, never stored"
            + " with U+FFFD in place of its letters, and imports nothing")
    void aFileThatIsNotUtf8IsRefused() {
        WebClient admin = administrator();
        byte[] windows1252 = "reference,name,address_line_1\nR-3002,Caf\u00e9 Latin,1 St\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        HttpResponse<String> page = admin.postFile("/residents/import", "file", "export.csv", windows1252);

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("govuk-error-summary").contains("the file has a problem")
                .contains("line 2: is not UTF-8 text (save the file as CSV UTF-8)").doesNotContain("\uFFFD");
        assertThat(fixture.uca.residents.find(new ResidentId("R-3002"))).isEmpty();
    }

    @Test
    @DisplayName("a confirm whose file does not match its preview's digest is refused and imports nothing")
    void aChangedFileIsNotImported() {
        WebClient admin = administrator();
        HttpResponse<String> preview = admin.postFile("/residents/import", "file", "export.csv",
                FILE.getBytes(StandardCharsets.UTF_8));
        String other = java.util.Base64.getEncoder().encodeToString((FILE + "R-6666,Gil Hart,1 Road\n")
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> confirmed = admin.post("/residents/import/confirm", "file", other,
                "sha256", hidden(preview.body(), "sha256"), "fileName", "export.csv");

        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(fixture.uca.residents.find(new ResidentId("R-6666"))).isEmpty();
        assertThat(fixture.uca.residents.find(new ResidentId("R-5001"))).isEmpty();
    }

    @Test
    @DisplayName("no file chosen is a field error on the upload, not a failure")
    void noFileIsAFieldError() {
        HttpResponse<String> page = administrator().post("/residents/import");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("href=\"#file\"").contains("Choose the CSV file from the housing system.");
    }
}
