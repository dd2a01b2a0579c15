package org.uca.application.port.out;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.SmallNumbers;

/**
 * The residents restricted in a period compared with the whole tenancy, for each protected characteristic the
 * housing system supplies (issue 15 §5; policy 5.2): can the Service Development Team see a group restricted
 * more than its share of the tenancy? The counts are special category data about few people: a front end shows
 * them only through {@link #comparison}, as {@link SmallNumbers} allows, and no API returns them.
 * "Restricted" is a resident whose case had a decision authorised in the period (not entered in error), as the
 * report's other decision figures count them, each resident once; "all" is the residents whose tenancy had not
 * ended by the period's last day ({@link ResidentDirectory.Resident#tenancyEndedBy}). It is given only for a
 * whole quarter that has ended ({@link org.uca.domain.calendar.EndedQuarter}), so that no resident can be found by
 * comparing the figures for overlapping periods.
 *
 * @param counts by characteristic and value, only of characteristics supplied, each value once ("Not known" last)
 */
public record TenancyProfile(Seq<Count> counts) {

    /** No characteristic supplied. */
    public static final TenancyProfile NONE = of(List.empty());

    /**
     * How many residents hold a value, restricted in the period and in the whole tenancy, as a store counts them:
     * {@code value} empty for those the housing system supplies none for (a resident it holds nothing about, or
     * the resident of an anonymised case), counted as {@link ProtectedCharacteristic#NOT_KNOWN} where the
     * characteristic is supplied at all.
     */
    public record Count(ProtectedCharacteristic characteristic, String value, long restricted, long all) {
        public Count {
            Objects.requireNonNull(characteristic, "characteristic");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One characteristic's comparison as it may be published: its values in order, each column's counts (and
     * totals) after the small-numbers rule.
     */
    public record Comparison(ProtectedCharacteristic characteristic, Seq<String> values, SmallNumbers restricted,
            SmallNumbers all) {
    }

    public TenancyProfile {
        Objects.requireNonNull(counts, "counts");
    }

    /** The profile those counts make (several counts of one value are added up). */
    public static TenancyProfile of(Seq<Count> counts) {
        List<Count> supplied = List.empty();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            Seq<Count> of = counts.filter(n -> n.characteristic() == c);
            if (!of.exists(n -> !n.value().isEmpty() && n.all() > 0)) {
                continue; // no resident holds a value: the housing system does not supply it
            }
            Map<String, long[]> byValue = TreeMap.empty(TenancyProfile::knownLast);
            for (Count n : of) {
                String value = n.value().isEmpty() ? ProtectedCharacteristic.NOT_KNOWN : n.value();
                long[] before = byValue.get(value).getOrElse(new long[2]);
                byValue = byValue.put(value, new long[] {before[0] + n.restricted(), before[1] + n.all()});
            }
            supplied = supplied.appendAll(byValue.toList().map(v -> new Count(c, v._1, v._2[0], v._2[1])));
        }
        return new TenancyProfile(supplied);
    }

    private static int knownLast(String a, String b) {
        boolean aUnknown = a.equals(ProtectedCharacteristic.NOT_KNOWN);
        boolean bUnknown = b.equals(ProtectedCharacteristic.NOT_KNOWN);
        return aUnknown != bUnknown ? (aUnknown ? 1 : -1) : a.compareTo(b);
    }

    /** The comparison for the characteristic, or none where the housing system does not supply it. */
    public Option<Comparison> comparison(ProtectedCharacteristic characteristic) {
        Seq<Count> of = counts.filter(n -> n.characteristic() == characteristic);
        return of.isEmpty() ? Option.none() : Option.some(new Comparison(characteristic, of.map(Count::value),
                SmallNumbers.of(of.map(Count::restricted)), SmallNumbers.of(of.map(Count::all))));
    }

    /** The characteristics supplied, never a count (a report may be logged). */
    @Override
    public String toString() {
        return "TenancyProfile" + counts.map(Count::characteristic).distinct();
    }
}
