package org.uca.application.port.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.people.ResidentId;

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
    Seq<Resident> atProperty(org.uca.domain.people.Uprn property);

    /** The residents held under these references (those not held are left out), in any order. */
    Seq<Resident> findAll(Seq<ResidentId> ids);

    /**
     * Stores these residents as the housing system has them now: each replaces what was held under its reference,
     * or is added. Sent in batches, inside the caller's unit of work.
     */
    void store(Seq<Resident> residents);

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
     */
    record Resident(ResidentId id, String name, Seq<String> addressLines, String postcode, Option<String> uprn,
            Option<LocalDate> tenancyStart, Option<LocalDate> tenancyEnd, Option<String> email, Option<String> phone,
            Option<PreferredContact> preferredContact) {
        public Resident {
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
