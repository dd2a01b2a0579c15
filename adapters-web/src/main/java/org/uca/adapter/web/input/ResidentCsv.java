package org.uca.adapter.web.input;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Locale;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.application.port.in.ImportResidentsUseCase.Row;
import org.uca.domain.shared.PlainText;
import org.uca.domain.shared.Refusal;

/**
 * The housing system's resident file (RFC 4180 CSV, UTF-8 and nothing else, a byte-order mark allowed, a header line naming the
 * columns) read by FastCSV into the rows the import checks. Only the shape of the file is checked here (quotes,
 * one field per column, no NUL character, which PostgreSQL cannot store); what the values must be is the
 * application's rule.
 */
public final class ResidentCsv {

    /** Excel's "CSV UTF-8" is the choice that writes it; its plain "CSV" writes Windows-1252. */
    static final String NOT_UTF8 = "is not UTF-8 text (save the file as CSV UTF-8)";

    private ResidentCsv() {
    }

    /** The file's header and rows, or what is wrong with its shape, line by line. */
    public static Either<Refusal, ResidentFile> read(InputStream csv) {
        java.util.List<Row> rows = new ArrayList<>();
        java.util.List<Refusal.Problem> problems = new ArrayList<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new StrictUtf8Reader(csv))) {
            for (CsvRecord record : reader) {
                int line = Math.toIntExact(record.getStartingLineNumber());
                if (header == null) {
                    header = List.ofAll(record.getFields()).map(h -> h.strip().toLowerCase(Locale.ROOT));
                    continue;
                }
                if (record.getFieldCount() != header.size()) {
                    problems.add(new Refusal.Problem("line " + line, "has " + record.getFieldCount() + " field"
                            + (record.getFieldCount() == 1 ? "" : "s") + "; the header has " + header.size()));
                    continue;
                }
                Map<String, String> values = LinkedHashMap.empty();
                for (int i = 0; i < header.size(); i++) {
                    String column = header.get(i);
                    PlainText.firstUnstorable(record.getField(i)).forEach(c -> problems.add(new Refusal.Problem(
                            "line " + line + ", " + column.replace('\0', '?'), UnstorableCharacters.reason(c))));
                    values = values.put(header.get(i), record.getField(i));
                }
                rows.add(new Row(line, values));
            }
        } catch (CsvParseException e) {
            problems.add(new Refusal.Problem("file", "is not a CSV file UCA can read (RFC 4180): " + e.getMessage()));
        } catch (StrictUtf8Reader.NotUtf8 e) {
            problems.add(new Refusal.Problem("line " + e.line, NOT_UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) { // FastCSV's wrapping of the reader's exception
            problems.add(e.getCause() instanceof StrictUtf8Reader.NotUtf8 notUtf8
                    ? new Refusal.Problem("line " + notUtf8.line, NOT_UTF8)
                    : new Refusal.Problem("file", "could not be read as UTF-8 text"));
        }
        if (header == null && problems.isEmpty()) {
            problems.add(new Refusal.Problem("file", "is empty: the first line names the columns"));
        }
        return problems.isEmpty() ? Either.right(new ResidentFile(header, List.ofAll(rows)))
                : Either.left(new Refusal(List.ofAll(problems)));
    }
}
