package org.uca.application.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;

/**
 * The properties of a contractor's work (issue 14 §1): an administrator may limit a contractor's account (as they
 * keep the staff directory, {@link Task#MANAGE_STAFF}) or a contractor's system, by its safe-visit machine credential
 * ({@link Task#MANAGE_MACHINE_CREDENTIALS}), to the properties it works at. Its safe-visit look-ups then answer only
 * for those UPRNs, and for a resident only while the housing system has them at one of them; anything else is
 * refused without saying whether the property or resident exists.
 *
 * <p>Not limited (the default) is every property. Limited to an empty list is no property at all — a contract
 * paused — which is not the same. Setting replaces the whole list, and is audited with the counts before and after.
 */
public interface WorkPropertiesUseCase {

    /** The most properties one contractor's work may name: a large repairs contract, well within a page's post. */
    int MAX_PROPERTIES = 50_000;

    Either<Failure, PropertiesOfWork> propertiesOfContractorAccount(StaffId askedBy, StaffId contractor);

    Either<Failure, PropertiesOfWork> setPropertiesOfContractorAccount(StaffId actingStaff, StaffId contractor,
            GivenProperties given);

    Either<Failure, PropertiesOfWork> propertiesOfContractorSystem(StaffId askedBy, String credentialId);

    Either<Failure, PropertiesOfWork> setPropertiesOfContractorSystem(StaffId actingStaff, String credentialId,
            GivenProperties given);

    /** For the contractor's own page: how many properties their work is limited to; none if it is not limited. */
    Either<Failure, Option<Integer>> howManyPropertiesOfMyWork(StaffId contractor);

    /**
     * Whose work and its properties.
     *
     * @param who        the contractor's name, or the credential's
     * @param properties in UPRN order; none: not limited
     */
    record PropertiesOfWork(String who, Option<Seq<Uprn>> properties) {
        public PropertiesOfWork {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(properties, "properties");
        }

        public boolean limited() {
            return properties.isDefined();
        }
    }

    /**
     * The list an administrator gave, as given: checked by the use case, every problem reported at once.
     *
     * @param limited whether the work is limited to the list (false: every property, and the list must be empty)
     */
    record GivenProperties(boolean limited, Seq<Entry> uprns) {
        public GivenProperties {
            Objects.requireNonNull(uprns, "uprns");
        }

        /**
         * One UPRN as given, and where: "Entry 3" in a list, "Line 3" in a text.
         *
         * @param index its place among the entries, to name the field {@code uprns[index]}
         */
        public record Entry(int index, String where, String uprn) {
            public Entry {
                Objects.requireNonNull(where, "where");
                Objects.requireNonNull(uprn, "uprn");
            }
        }

        /** A list, as an API sends it: each entry named by its place ("Entry 1" first). */
        public static GivenProperties listed(boolean limited, Seq<String> uprns) {
            return new GivenProperties(limited, uprns.zipWithIndex().map(u -> new Entry(u._2, "Entry " + (u._2 + 1),
                    u._1 == null ? "" : u._1.strip())));
        }

        /** A text, as a page's box gives it: one UPRN a line or several separated by commas, blanks ignored. */
        public static GivenProperties typed(boolean limited, String text) {
            java.util.List<Entry> entries = new java.util.ArrayList<>();
            String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
            for (int line = 0; line < lines.length; line++) {
                for (String part : lines[line].split(",", -1)) {
                    String uprn = part.strip();
                    if (!uprn.isEmpty()) {
                        entries.add(new Entry(entries.size(), "Line " + (line + 1), uprn));
                    }
                }
            }
            return new GivenProperties(limited, List.ofAll(entries));
        }
    }
}
