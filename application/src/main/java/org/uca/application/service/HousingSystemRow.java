package org.uca.application.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.ImportResidentsUseCase.Row;
import org.uca.application.port.out.ResidentDirectory.PreferredContact;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.PlainText;
import org.uca.domain.shared.Refusal.Problem;

/**
 * The rules a row of the housing system's file must meet to become a resident. Every problem is reported, each
 * naming its line and column, and none repeats the value (a report can be read by someone who may not see it).
 */
final class HousingSystemRow {

    static final int MAX_REFERENCE = 64;
    static final int MAX_NAME = 200;
    static final int MAX_LINE = 120;
    static final int MAX_ADDRESS = 500;
    static final int MAX_EMAIL = 254;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]*");
    /** The shape of a UK postcode (outward code, space optional, inward code), including GIR 0AA. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][A-Z]{2}");
    private static final Pattern UPRN = Pattern.compile("[0-9]{1,12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,25}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private HousingSystemRow() {
    }

    /** The header's problems: an unknown, repeated or missing column. */
    static Seq<Problem> checkHeader(Seq<String> header) {
        List<Problem> problems = List.empty();
        for (String column : header.distinct()) {
            if (!ImportResidentsUseCase.COLUMNS.contains(column)) {
                problems = problems.append(new Problem("line 1, " + printable(column), "is not a column UCA knows;"
                        + " the columns are " + ImportResidentsUseCase.COLUMNS.mkString(", ")));
            } else if (header.count(column::equals) > 1) {
                problems = problems.append(new Problem("line 1, " + column, "is named more than once"));
            }
        }
        for (String required : ImportResidentsUseCase.REQUIRED) {
            if (!header.contains(required)) {
                problems = problems.append(new Problem("line 1, " + required, "is missing: every file has the"
                        + " columns " + ImportResidentsUseCase.REQUIRED.mkString(", ")));
            }
        }
        return problems;
    }

    /** The resident the row describes, or every problem with it (each field named "line N, column"). */
    static Either<Seq<Problem>, Resident> read(Row row) {
        return read(row, "line " + row.line() + ", ");
    }

    /** As {@link #read(Row)}, each problem's field named {@code place} followed by the column. */
    static Either<Seq<Problem>, Resident> read(Row row, String place) {
        Fields f = new Fields(row, place);
        Option<String> reference = f.required("reference", MAX_REFERENCE)
                .filter(r -> f.check("reference", REFERENCE.matcher(r).matches(),
                        "may hold only letters, digits and - / _ ."));
        Option<String> name = f.required("name", MAX_NAME);
        List<String> lines = List.empty();
        for (int n = 1; n <= 4; n++) {
            Option<String> line = n == 1 ? f.required("address_line_1", MAX_LINE)
                    : f.optional("address_line_" + n, MAX_LINE);
            lines = lines.appendAll(line);
        }
        String postcode = f.optional("postcode", 8).map(p -> p.toUpperCase(Locale.UK).replaceAll("\\s+", " "))
                .filter(p -> f.check("postcode", POSTCODE.matcher(p).matches(), "is not a UK postcode"))
                .map(HousingSystemRow::spaced).getOrElse("");
        f.check("address_line_1", (lines.mkString(", ") + ", " + postcode).length() <= MAX_ADDRESS,
                "the address lines and postcode together are longer than " + MAX_ADDRESS + " characters");
        Option<String> uprn = f.optional("uprn", 12).filter(u -> f.check("uprn", UPRN.matcher(u).matches(),
                "is not a UPRN (up to 12 digits)"));
        Option<LocalDate> start = f.date("tenancy_start");
        Option<LocalDate> end = f.date("tenancy_end");
        if (start.isDefined() && end.isDefined()) {
            f.check("tenancy_end", !end.get().isBefore(start.get()), "is before the tenancy start");
        }
        Option<String> email = f.optional("email", MAX_EMAIL).filter(e -> f.check("email",
                EMAIL.matcher(e).matches(), "is not an email address"));
        Option<String> phone = f.optional("phone", 25).filter(p -> f.check("phone", PHONE.matcher(p).matches(),
                "is not a phone number (digits, spaces, + ( ) -)"));
        Option<PreferredContact> preferred = f.optional("preferred_contact", 10).flatMap(p -> {
            Option<PreferredContact> known = List.of(PreferredContact.values())
                    .find(c -> c.word().equals(p.toLowerCase(Locale.ROOT)));
            f.check("preferred_contact", known.isDefined(), "is not one of email, phone, letter");
            return known;
        });
        if (preferred.contains(PreferredContact.EMAIL)) {
            f.check("preferred_contact", email.isDefined(), "is email, but the row has no email address");
        }
        if (preferred.contains(PreferredContact.PHONE)) {
            f.check("preferred_contact", phone.isDefined(), "is phone, but the row has no phone number");
        }
        // Supplied when the file has the column (or the sync the field); a blank is "not known", not "not supplied".
        Map<ProtectedCharacteristic, String> characteristics = HashMap.empty();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            if (row.values().containsKey(c.column())) {
                Option<String> given = f.optional(c.column(), ProtectedCharacteristic.MAX_VALUE);
                characteristics = characteristics.put(c, ProtectedCharacteristic.heldAs(given));
            }
        }
        if (!f.problems.isEmpty()) {
            return Either.left(f.problems);
        }
        return Either.right(new Resident(new ResidentId(reference.get()), name.get(), lines, postcode, uprn, start,
                end, email, phone, preferred, characteristics));
    }

    private static String spaced(String postcode) {
        String compact = postcode.replace(" ", "");
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String printable(String column) {
        String shown = CONTROL.matcher(column).replaceAll("?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    /** The row's values, each checked as it is read, with the problems found so far. */
    private static final class Fields {
        private final Row row;
        private final String place;
        private List<Problem> problems = List.empty();

        Fields(Row row, String place) {
            this.row = row;
            this.place = place;
        }

        boolean check(String column, boolean holds, String reason) {
            if (!holds) {
                problems = problems.append(new Problem(place + column, reason));
            }
            return holds;
        }

        Option<String> required(String column, int max) {
            Option<String> value = optional(column, max);
            if (value.isEmpty() && !problems.exists(p -> p.field().equals(place + column))) {
                check(column, false, "is empty; every row needs one");
            }
            return value;
        }

        Option<String> optional(String column, int max) {
            Option<String> value = row.values().get(column).map(PlainText::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                return value;
            }
            // A name or an address is printed on letters: no invisible character may disguise it either.
            boolean ok = check(column, PlainText.firstUnstorable(value.get()).isEmpty(), "holds a control character")
                    & check(column, PlainText.firstDisguising(value.get()).isEmpty(), "holds an invisible character"
                            + " that can hide or reorder what a letter prints")
                    & check(column, value.get().length() <= max, "is longer than " + max + " characters");
            return ok ? value : Option.none();
        }

        Option<LocalDate> date(String column) {
            return optional(column, 10).flatMap(d -> {
                try {
                    return Option.some(LocalDate.parse(d));
                } catch (DateTimeParseException e) {
                    check(column, false, "is not a date written as YYYY-MM-DD");
                    return Option.none();
                }
            });
        }
    }
}
