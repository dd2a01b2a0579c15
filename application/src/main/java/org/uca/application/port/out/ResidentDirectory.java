package org.uca.application.port.out;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.uca.domain.people.Postcode;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.Uprn;

/** The landlord's housing system: who a resident is and where they live. */
public interface ResidentDirectory {

    Option<Resident> find(ResidentId id);

    /** Residents whose name, reference, address or postcode contains the text, at most {@code limit} of them. */
    default Seq<Resident> search(String text, int limit) {
        return search(text, 0, limit);
    }

    /** As {@link #search(String, int)}, in reference order, leaving out the first {@code offset} found. */
    Seq<Resident> search(String text, int offset, int limit);

    /** The residents the housing system has at this property now, in reference order. */
    Seq<Resident> atProperty(Uprn property);

    /**
     * The properties the housing system has residents at in the search's postcode whose address has each of its
     * words, at most {@code limit} of them, in address order: one entry per UPRN, and one per address for
     * residents with none. Nothing about who lives there.
     */
    Seq<Property> propertiesAt(AddressSearch search, int limit);

    /** The residents held under these references (those not held are left out), in any order. */
    Seq<Resident> findAll(Seq<ResidentId> ids);

    /**
     * Stores these residents as the housing system has them now: each replaces what was held under its reference,
     * or is added. Sent in batches, inside the caller's unit of work.
     */
    void store(Seq<Resident> residents);

    /**
     * A property found by its address: its UPRN if the housing system has one for it, and its address on one line
     * as the housing system has it (the lines, then the postcode).
     */
    record Property(Option<Uprn> uprn, String address) {
        public Property {
            Objects.requireNonNull(uprn, "uprn");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * A look-up of properties by address: the whole postcode, and the words of the house number, name or first line
     * as typed ("flat 2", "14 Mare Street"). An address matches when each word begins a word of its lines (the
     * postcode is not searched for the words), in any order and any case: "14 mare st" finds "Flat 2, 14 Mare Street" but "4 Mare Street" does not. Commas, full stops,
     * hyphens, slashes, apostrophes and brackets only part words, in the address and in what was typed.
     */
    record AddressSearch(Postcode postcode, Seq<String> words) {

        /** The characters that part words, besides spaces and line breaks (the SQL stores translate them, too). */
        public static final String SEPARATORS = ",.-/'()";

        public AddressSearch {
            Objects.requireNonNull(postcode, "postcode");
            words = List.ofAll(words);
        }

        /** The search for the postcode and what was typed of the address (blank for every property there). */
        public static AddressSearch of(Postcode postcode, String address) {
            return new AddressSearch(postcode, wordsOf(address));
        }

        /** The words of a text, in lower case. */
        public static Seq<String> wordsOf(String text) {
            return List.of(separated(text).split(" ")).filter(w -> !w.isEmpty());
        }

        /** Whether the resident's address is at the postcode and its lines have each word (as the stores decide). */
        public boolean matches(Resident resident) {
            String words = " " + separated(resident.addressLines().mkString("\n")) + " ";
            return resident.postcode().replace(" ", "").equalsIgnoreCase(postcode.compact())
                    && this.words.forAll(w -> words.contains(" " + w));
        }

        private static String separated(String text) {
            String lower = (text == null ? "" : text).toLowerCase(Locale.UK);
            StringBuilder spaced = new StringBuilder(lower.length());
            for (char c : lower.toCharArray()) {
                spaced.append(SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c) ? ' ' : c);
            }
            return spaced.toString();
        }
    }

    /** How the resident prefers to be contacted, as the housing system records it. */
    enum PreferredContact {
        EMAIL, PHONE, LETTER;

        /** The word used in the housing system's file and the API. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A resident as the housing system has them: the reference is the key; a resident who moves keeps it (and
     * their case), and a resident whose tenancy ended stays listed, so a case about them goes on.
     *
     * @param characteristics the protected characteristics the housing system supplies for them (a characteristic
     *                        it does not supply is absent; one not known is {@link ProtectedCharacteristic#NOT_KNOWN}):
     *                        special category data, for the monitoring's comparison with the whole tenancy and the
     *                        resident's own subject access export only, never shown on a case page or by the API
     */
    record Resident(ResidentId id, String name, Seq<String> addressLines, String postcode, Option<String> uprn,
            Option<LocalDate> tenancyStart, Option<LocalDate> tenancyEnd, Option<String> email, Option<String> phone,
            Option<PreferredContact> preferredContact, Map<ProtectedCharacteristic, String> characteristics) {
        public Resident {
            Objects.requireNonNull(characteristics, "characteristics");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(addressLines, "addressLines");
            Objects.requireNonNull(postcode, "postcode");
            Objects.requireNonNull(uprn, "uprn");
            Objects.requireNonNull(tenancyStart, "tenancyStart");
            Objects.requireNonNull(tenancyEnd, "tenancyEnd");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(preferredContact, "preferredContact");
            addressLines = List.ofAll(addressLines);
        }

        /** A resident of whom the housing system supplies no protected characteristic. */
        public Resident(ResidentId id, String name, Seq<String> addressLines, String postcode, Option<String> uprn,
                Option<LocalDate> tenancyStart, Option<LocalDate> tenancyEnd, Option<String> email,
                Option<String> phone, Option<PreferredContact> preferredContact) {
            this(id, name, addressLines, postcode, uprn, tenancyStart, tenancyEnd, email, phone, preferredContact,
                    HashMap.empty());
        }

        /** A resident known only by name and a one-line address (the demo data, tests, older rows). */
        public Resident(ResidentId id, String name, String address) {
            this(id, name, List.of(address), "", Option.none(), Option.none(), Option.none(), Option.none(),
                    Option.none(), Option.none());
        }

        /** The address on one line, as a letter or a page shows it: the lines, then the postcode. */
        public String address() {
            return (postcode.isEmpty() ? addressLines : addressLines.append(postcode)).mkString(", ");
        }

        /** Whether the tenancy had ended on that day (the resident stays listed, and so does their case). */
        public boolean tenancyEndedBy(LocalDate day) {
            return tenancyEnd.exists(end -> end.isBefore(day));
        }
    }
}
