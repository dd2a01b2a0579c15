package org.uca.application.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Brings the residents over from the housing management system's file: every row checked first (a problem names
 * its line and column), nothing stored if any row is wrong, then each resident added or replaced by reference, so
 * importing the same file twice changes nothing the second time. A preview ({@code apply = false}) says what an
 * import would do without doing it. An administrator's task; the report holds counts and references only, since an
 * administrator sees no case data.
 */
public interface ImportResidentsUseCase {

    /**
     * The file's columns, as named in its header line (any order; the optional ones may be left out): the
     * resident's details, then the protected characteristics the housing system holds, each optional (a file
     * without one supplies none of it; a blank or "Prefer not to say" is held as not known).
     */
    Seq<String> COLUMNS = List.of("reference", "name", "address_line_1", "address_line_2", "address_line_3",
            "address_line_4", "postcode", "uprn", "tenancy_start", "tenancy_end", "email", "phone",
            "preferred_contact").appendAll(List.of(ProtectedCharacteristic.values()).map(ProtectedCharacteristic::column));

    /** The columns every file has, and every row fills. */
    Seq<String> REQUIRED = List.of("reference", "name", "address_line_1");

    /** How many rows a preview lists (the counts cover them all). */
    int FIRST_ROWS = 10;

    /** At most this many problems are listed; the message says how many more there were. */
    int PROBLEMS_LISTED = 50;

    Either<Failure, Report> importResidents(Command command);

    /** One row of the file: its line number in the file (the header is line 1) and its values by column. */
    record Row(int line, Map<String, String> values) {
        public Row {
            Objects.requireNonNull(values, "values");
        }
    }

    /** The file as read: its header and rows. */
    record ResidentFile(Seq<String> header, Seq<Row> rows) {
        public ResidentFile {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** @param apply false for a preview: nothing is stored */
    record Command(StaffId actingStaff, ResidentFile file, boolean apply) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(file, "file");
        }
    }

    enum Change { ADDED, CHANGED, UNCHANGED }

    record RowOutcome(int line, ResidentId reference, Change change) {
    }

    /**
     * What the import did (or, for a preview, would do): the counts, and the outcomes of the first rows added or
     * changed (then, if there are fewer than {@link #FIRST_ROWS} of those, of the first rows unchanged).
     */
    record Report(boolean applied, int added, int changed, int unchanged, Seq<RowOutcome> firstRows) {
        public int rows() {
            return added + changed + unchanged;
        }

        public String summary() {
            return rows() + " row" + (rows() == 1 ? "" : "s") + ": " + added + " added, " + changed + " changed, "
                    + unchanged + " unchanged";
        }
    }
}
