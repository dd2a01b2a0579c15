package org.uca.adapter.web.letters;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.uca.adapter.web.view.JteTemplates;
import org.uca.adapter.web.view.Landlord;
import org.uca.adapter.web.view.LetterView;
import org.uca.application.port.out.Letter;

/**
 * Letters as PDF: the print template ({@code letter-pdf.jte}, the same letter body as the page) rendered by
 * openhtmltopdf as PDF/UA (tagged, with title and language), on A4 with "Page n of m" in the footer. The one font is
 * Liberation Sans (SIL Open Font License 1.1), which PDFBox ships inside its jar; it is embedded (subset), so no
 * system font is used, and it serves for bold too (the letter has no bold face of its own).
 *
 * <p>The composition root offers {@link #pdf} to the application as its {@code LetterDocuments} port (the web
 * adapter reaches the application only through use cases and port values).
 */
public final class LetterPdfs {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final JteTemplates templates;
    private final Landlord landlord;
    private final byte[] font;

    public LetterPdfs(JteTemplates templates, Landlord landlord) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.landlord = Objects.requireNonNull(landlord, "landlord");
        RendererLog.install();
        try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(FONT)) {
            this.font = Objects.requireNonNull(in, "PDFBox no longer ships " + FONT).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Landlord landlord() {
        return landlord;
    }

    /** The letter as a PDF/UA document, with this landlord's details. */
    public byte[] pdf(Letter letter) {
        return pdf("letter-pdf.jte", LetterView.of(letter, landlord), "The letter");
    }

    /**
     * Another document drawn like the letters (a subject access export): its template, written as XHTML with the
     * letters' font, made into a PDF/UA document.
     *
     * @param what what it is, to say what could not be made ("The export")
     */
    public byte[] pdf(String template, Object model, String what) {
        String html = templates.render(template, model);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("UCA");
        FSSupplier<InputStream> regular = () -> new ByteArrayInputStream(font);
        builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(regular, FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be made into a PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The file name a PDF is saved under: the kind of letter and its reference,
     * e.g. decision-letter-uca-3f2a9c1b-d1.pdf.
     */
    public static String fileName(Letter letter) {
        return (letter.kind().label() + " " + letter.reference()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".pdf";
    }
}
