package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.ResidentCsv;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.ResidentImportPage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.ImportResidentsUseCase.Report;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/**
 * Import residents from the housing system, for administrators: upload → preview → confirm. The preview page
 * carries the uploaded file back in its confirm form (Base64, with its SHA-256), and the confirm checks and imports
 * it again from there: no pending import is kept on the server, so the two steps may be served by different UCA
 * processes, and what is imported is what was previewed (if the directory changed in between, the report says so).
 */
public final class ResidentImportController {

    /** The largest file the page takes: its Base64 copy in the confirm form stays under the request limit. */
    static final int MAX_FILE_BYTES = 700_000;

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final ImportResidentsUseCase importResidents;

    ResidentImportController(PageWriter pages, RoleBeforeInput roleFirst, ImportResidentsUseCase importResidents) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.importResidents = importResidents;
    }

    public void register(RouteTable routes) {
        routes.get("/residents/import", this::form);
        routes.post("/residents/import", this::preview);
        routes.post("/residents/import/confirm", this::confirm);
    }

    private void form(Context ctx) {
        roleFirst.refuseUnlessOffered(ctx, Task.IMPORT_RESIDENTS);
        render(ctx, null, List.of(), null);
    }

    private void preview(Context ctx) {
        roleFirst.refuseUnlessOffered(ctx, Task.IMPORT_RESIDENTS);
        UploadedFile upload = ctx.uploadedFile("file");
        if (upload == null || upload.size() == 0) {
            ctx.status(422);
            render(ctx, "Choose the CSV file from the housing system.", List.of(), null);
            return;
        }
        if (upload.size() > MAX_FILE_BYTES) {
            ctx.status(422);
            render(ctx, "The file is larger than 700 KB: import it with uca.jar admin import-residents, or send it"
                    + " through the sync API.", List.of(), null);
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(ctx, bytes, printable(upload.filename()), false);
    }

    private void confirm(Context ctx) {
        roleFirst.refuseUnlessOffered(ctx, Task.IMPORT_RESIDENTS);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(String.valueOf(ctx.formParam("file")));
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0 || !sha256(bytes).equals(ctx.formParam("sha256"))) {
            ctx.status(422);
            render(ctx, "The previewed file did not come back whole; choose it again.", List.of(), null);
            return;
        }
        run(ctx, bytes, printable(ctx.formParam("fileName")), true);
    }

    private void run(Context ctx, byte[] bytes, String fileName, boolean apply) {
        Either<Refusal, ResidentFile> read = ResidentCsv.read(new ByteArrayInputStream(bytes));
        Either<Failure, Report> done = read.isLeft() ? Either.left(new Failure.Refused(read.getLeft()))
                : importResidents.importResidents(new ImportResidentsUseCase.Command(RequestSessions.me(ctx),
                        read.get(), apply));
        if (done.isLeft() && done.getLeft() instanceof Failure.Refused refused) {
            ctx.status(422);
            int count = refused.refusal().problems().size();
            render(ctx, "Nothing was imported: the file has " + (count == 1 ? "a problem" : count + " problems")
                    + ". Correct " + (count == 1 ? "it" : "them") + " in the housing system's export and choose the"
                    + " file again.", refused.refusal().problems().map(p -> (p.field().isEmpty() ? "" : p.field()
                            + ": ") + p.reason()).toJavaList(), null);
            return;
        }
        Report report = orFail(done);
        if (report.applied()) {
            pages.done(ctx, "Residents imported: " + report.summary() + ".", "/residents/import");
            return;
        }
        render(ctx, null, List.of(), new ResidentImportPage.Preview(fileName, report.rows(), report.added(),
                report.changed(), report.unchanged(), report.firstRows().map(r -> new ResidentImportPage.RowLine(
                        r.line(), r.reference().value(), r.change().name().toLowerCase(Locale.ROOT))).toJavaList(),
                Base64.getEncoder().encodeToString(bytes), sha256(bytes)));
    }

    private void render(Context ctx, String fileError, List<String> problems, ResidentImportPage.Preview preview) {
        PageFrame frame = pages.frame(ctx, "Import residents");
        if (fileError != null) {
            frame = frame.withErrors(List.of(new PageFrame.ErrorItem(fileError, "#file")));
        }
        pages.render(ctx, "residents-import.jte", new ResidentImportPage(frame, fileError, problems, preview));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String name) {
        String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) : shown;
    }
}
