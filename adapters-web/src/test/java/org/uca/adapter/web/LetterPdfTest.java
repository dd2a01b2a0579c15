package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.shared.UkTime;

/**
 * Letters ready to send (issue 12, 4): every kind of letter is also a PDF at its address with {@code .pdf} appended,
 * tagged (PDF/UA), fonts embedded, A4, numbered pages; and it is a real letter: the landlord's details, the
 * resident's, the date, a reference, a named signatory, what happens next, how to appeal and the Housing Ombudsman
 * (policy 3.5, 4.2), in words for the resident. One PDF per kind, made once; page images go to target/letters/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPdfTest {

    WebFixture fixture;
    String casePath;
    final Map<Letter.Kind, byte[]> pdfs = new EnumMap<>(Letter.Kind.class);
    final Map<Letter.Kind, String> texts = new EnumMap<>(Letter.Kind.class);
    final Map<Letter.Kind, String> addresses = new EnumMap<>(Letter.Kind.class);
    /** The application's clock once moved past decision 1's grace period, so that it lapses (null: the system's). */
    final java.util.concurrent.atomic.AtomicReference<java.time.Instant> lapseAt =
            new java.util.concurrent.atomic.AtomicReference<>();
    LocalDate nextReview;

    @BeforeAll
    void start() throws IOException {
        fixture = new WebFixture(5, () -> lapseAt.get() == null ? java.time.Instant.now() : lapseAt.get());
        fixture.app.start(0);
        casePath = "/cases/" + fixture.caseId;
        nextReview = UkTime.dateOf(java.time.Instant.now()).plusMonths(3);
        fixture.uca.application.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(
                fixture.staffOf.get(Role.ASSISTANT_DIRECTOR), fixture.caseId,
                new AppealId(1), AppealOutcome.DECISION_UPHELD, List.empty(),
                "The call recordings show the abuse.")).get();
        fixture.uca.application.reviewRestriction().review(new ReviewRestrictionUseCase.Command(
                fixture.staffOf.get(Role.SERVICE_MANAGER), fixture.caseId,
                new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(), "Two more abusive calls this month.",
                Option.some(nextReview))).get();
        addresses.put(Letter.Kind.WARNING, casePath + "/letters/warning/1");
        addresses.put(Letter.Kind.DECISION, casePath + "/letters/decision/1");
        addresses.put(Letter.Kind.APPEAL_OUTCOME, casePath + "/letters/appeal/1");
        addresses.put(Letter.Kind.REVIEW_OUTCOME, casePath + "/letters/review/1/1");
        fixture.uca.application.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                fixture.staffOf.get(Role.SERVICE_MANAGER), fixture.caseId, EnteredInError.Part.WARNING, 1,
                "Sent to the wrong resident.")).get();
        addresses.put(Letter.Kind.CORRECTION, casePath + "/letters/correction/warning/1");
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        for (Letter.Kind kind : Letter.Kind.values()) {
            if (kind == Letter.Kind.LAPSE) { // last: decision 1 lapses once every other letter is read
                lapseAt.set(org.uca.domain.calendar.WorkingDays.ENGLAND_AND_WALES.addWorkingDays(nextReview, 10)
                        .plusDays(1).atTime(1, 0).atZone(UkTime.ZONE).toInstant());
                assertThat(fixture.uca.application.lapseRestrictions().lapseRestrictions(10).get().lapsed())
                        .isEqualTo(1);
                addresses.put(Letter.Kind.LAPSE, casePath + "/letters/lapse/1");
            }
            HttpResponse<byte[]> r = officer.getBytes(addresses.get(kind) + ".pdf");
            assertThat(r.statusCode()).as(kind.name()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/pdf"));
            assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                    .matches("attachment; filename=\"[a-z]+(-[a-z]+)*-letter-uca-[0-9a-f]{8}-[a-z0-9-]+\\.pdf\""));
            pdfs.put(kind, r.body());
            try (PDDocument pdf = Loader.loadPDF(r.body())) {
                texts.put(kind, new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
            }
        }
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Letter.Kind.class)
    @DisplayName("a real letter: the landlord's name, address and phone, the resident's name and address, the date,"
            + " a reference, and the name and job title of the person who acted")
    void aRealLetter(Letter.Kind kind) {
        String text = texts.get(kind);
        assertThat(text).contains("Test Homes", "Civic Centre", "1 Upper Street", "N1 2UD", "020 7946 0123",
                "letters@testhomes.example", "www.testhomes.example", "Carol Case", "1 High Street", "London N1 1AA",
                "Date: " + UkDates.date(kind == Letter.Kind.LAPSE ? UkTime.dateOf(lapseAt.get())
                        : UkTime.dateOf(java.time.Instant.now())), "Dear Carol Case");
        String code = fixture.caseId.value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Map<Letter.Kind, String> reference = Map.of(Letter.Kind.WARNING, "/W1", Letter.Kind.DECISION, "/D1",
                Letter.Kind.APPEAL_OUTCOME, "/A1", Letter.Kind.REVIEW_OUTCOME, "/D1-R1", Letter.Kind.CORRECTION, "/W1-C",
                Letter.Kind.LAPSE, "/D1-L");
        assertThat(text).contains("Our reference: UCA-" + code + reference.get(kind));
        Map<Letter.Kind, String> signatory = Map.of(Letter.Kind.WARNING, "Sam Manager Service Manager",
                Letter.Kind.DECISION, "Sam Manager Service Manager",
                Letter.Kind.APPEAL_OUTCOME, "Ada Assistant Assistant Director",
                Letter.Kind.REVIEW_OUTCOME, "Sam Manager Service Manager",
                Letter.Kind.CORRECTION, "Sam Manager Service Manager",
                // nobody acted: the restriction lapsed because nobody reviewed it
                Letter.Kind.LAPSE, "Housing Services On behalf of the landlord");
        assertThat(text).contains("Yours sincerely, " + signatory.get(kind) + " Test Homes");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Letter.Kind.class)
    @DisplayName("policy 3.5: every letter gives the right to contact the Housing Ombudsman, with its address,"
            + " telephone and website, and says what happens next")
    void ombudsmanAndWhatHappensNext(Letter.Kind kind) {
        assertThat(texts.get(kind)).contains("What happens next", "outside our Complaints Policy",
                "Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET", "Telephone: 0300 111 3000",
                "www.housing-ombudsman.org.uk");
    }

    @Test
    @DisplayName("policy 4.2: a decision or a continued restriction says how to appeal (in writing, by phone or to any"
            + " member of staff), who reviews it, within 10 working days, and when the restriction is reviewed")
    void howAndWhenToAppeal() {
        LocalDate review = fixture.uca.cases.find(fixture.caseId).get().decision(new DecisionId(1)).get()
                .reviewDate();
        // the decision letter gives the review date as authorised; the review outcome letter the one it set
        LocalDate authorisedReview = fixture.uca.cases.find(fixture.caseId).get().decision(new DecisionId(1)).get()
                .asAuthorised().reviewDate();
        for (Letter.Kind kind : java.util.List.of(Letter.Kind.DECISION, Letter.Kind.REVIEW_OUTCOME)) {
            assertThat(texts.get(kind)).as(kind.name()).contains("If you disagree: how to appeal",
                    "at any time while it applies",
                    // the decision ends telephone calls, so the letter does not invite an appeal by phone
                    "Tell us why you disagree in writing (a letter or an email), or by speaking to any member of"
                            + " staff,",
                    "An Assistant Director who was not involved in the decision",
                    "within 10 working days of receiving your appeal request");
        }
        assertThat(texts.get(Letter.Kind.DECISION)).contains("We will review this decision by "
                + UkDates.date(authorisedReview));
        assertThat(texts.get(Letter.Kind.REVIEW_OUTCOME)).contains("We will review this again by "
                + UkDates.date(nextReview));
        assertThat(texts.get(Letter.Kind.APPEAL_OUTCOME)).contains("We will review this by " + UkDates.date(review),
                "final answer to your appeal");
        assertThat(texts.get(Letter.Kind.WARNING)).contains("no review date and nothing to appeal against");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Letter.Kind.class)
    @DisplayName("letters are written for the resident: never the outcome labels staff see on the pages")
    void noStaffWording(Letter.Kind kind) {
        for (ReviewOutcome o : ReviewOutcome.values()) {
            assertThat(texts.get(kind)).doesNotContain(o.label());
        }
        for (AppealOutcome o : AppealOutcome.values()) {
            assertThat(texts.get(kind)).doesNotContain(o.label());
        }
        assertThat(texts.get(kind)).doesNotContain(kind.label(), "Back to the case", "Download as PDF");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Letter.Kind.class)
    @DisplayName("PDF/UA: tagged (structure tree, marked content), language en-GB, a title shown as the window"
            + " title; every font embedded; A4 pages numbered \"Page n of m\"")
    void accessibleA4WithEmbeddedFonts(Letter.Kind kind) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(kind))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(kind.label(), "UCA-");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            java.util.List<String> fonts = new ArrayList<>();
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = pdf.getPage(i);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                        org.assertj.core.data.Offset.offset(1f));
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("LiberationSans"));
            for (int i = 1; i <= pages; i++) {
                assertThat(texts.get(kind)).contains("Page " + i + " of " + pages);
            }
        }
    }

    @Test
    @DisplayName("a letter for a decision, warning or appeal that does not exist is a 404 with the usual error page,"
            + " as a page and as a PDF")
    void noSuchLetter() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        for (String path : java.util.List.of("/letters/decision/9", "/letters/warning/9", "/letters/appeal/9",
                "/letters/review/1/9")) {
            for (String suffix : java.util.List.of("", ".pdf")) {
                HttpResponse<String> r = officer.get(casePath + path + suffix);
                assertThat(r.statusCode()).as(path + suffix).isEqualTo(404);
                assertThat(r.body()).contains("govuk-heading-l").doesNotContain("%PDF");
            }
        }
    }

    @Test
    @DisplayName("the print page shows the landlord's details and logo and links to the PDF; the case page links"
            + " to every letter's PDF")
    void downloadAsPdfLinks() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        String page = officer.get(casePath + "/letters/decision/1").body();
        assertThat(page).contains("Download as PDF", "href=\"" + casePath + "/letters/decision/1.pdf\"",
                "020 7946 0123", "data:image/png;base64,", "Test Homes logo");
        String casePage = officer.get(casePath).body();
        for (String address : addresses.values()) {
            assertThat(casePage).contains("href=\"" + address + ".pdf\"");
        }
    }

    @Test
    @DisplayName("page images of every letter are saved for a person to look at (target/letters/, pdftoppm -r 60)")
    void pageImages() throws Exception {
        Assumptions.assumeTrue(onPath("pdftoppm"), "pdftoppm (Debian poppler-utils) is not installed here, so no"
                + " page images are saved; .ci/run installs it");
        Path dir = Path.of("target", "letters");
        Files.createDirectories(dir);
        for (Map.Entry<Letter.Kind, byte[]> e : pdfs.entrySet()) {
            String name = e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-letter";
            Path pdf = dir.resolve(name + ".pdf");
            Files.write(pdf, e.getValue());
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(),
                    dir.resolve(name).toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(output).isZero();
            try (var images = Files.list(dir)) {
                assertThat(images.map(f -> f.getFileName().toString()))
                        .anySatisfy(f -> assertThat(f).startsWith(name + "-").endsWith(".png"));
            }
        }
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
