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
 * more than its share of the tenancy? The counts are special category data about few people, so they leave
 * only as {@link SmallNumbers} allows: no accessor gives a count, and {@link #toString()} names none.
 * "Restricted" is a resident whose case had a decision authorised in the period (not entered in error), as the
 * report's other decision figures count them.
 */
public final class TenancyProfile {

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

    /** Counts by characteristic, then value ("Not known" last); only characteristics the housing system supplies. */
    private final Map<ProtectedCharacteristic, Map<String, long[]>> counts;

    private TenancyProfile(Map<ProtectedCharacteristic, Map<String, long[]>> counts) {
        this.counts = counts;
    }

    /** The profile those counts make (several counts of one value are added up). */
    public static TenancyProfile of(Seq<Count> counts) {
        Map<ProtectedCharacteristic, Map<String, long[]>> supplied = TreeMap.empty();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            Seq<Count> of = counts.filter(n -> n.characteristic() == c);
            if (!of.exists(n -> !n.value().isEmpty() && n.all() > 0)) {
                continue; // no resident holds a value: the housing system does not supply it
            }
            Map<String, long[]> byValue = TreeMap.empty(TenancyProfile::knownFirst);
            for (Count n : of) {
                String value = n.value().isEmpty() ? ProtectedCharacteristic.NOT_KNOWN : n.value();
                long[] before = byValue.get(value).getOrElse(new long[2]);
                byValue = byValue.put(value, new long[] {before[0] + n.restricted(), before[1] + n.all()});
            }
            supplied = supplied.put(c, byValue);
        }
        return new TenancyProfile(supplied);
    }

    private static int knownFirst(String a, String b) {
        boolean aUnknown = a.equals(ProtectedCharacteristic.NOT_KNOWN);
        boolean bUnknown = b.equals(ProtectedCharacteristic.NOT_KNOWN);
        return aUnknown != bUnknown ? (aUnknown ? 1 : -1) : a.compareTo(b);
    }

    /** The comparison for the characteristic, or none where the housing system does not supply it. */
    public Option<Comparison> comparison(ProtectedCharacteristic characteristic) {
        return counts.get(characteristic).map(byValue -> new Comparison(characteristic, byValue.keySet().toList(),
                SmallNumbers.of(byValue.values().map(n -> n[0]).toList()),
                SmallNumbers.of(byValue.values().map(n -> n[1]).toList())));
    }

    private Map<ProtectedCharacteristic, Map<String, List<Long>>> comparable() {
        return counts.mapValues(byValue -> byValue.mapValues(n -> List.of(n[0], n[1])));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenancyProfile p && comparable().equals(p.comparable());
    }

    @Override
    public int hashCode() {
        return comparable().hashCode();
    }

    /** The characteristics supplied, never a count. */
    @Override
    public String toString() {
        return "TenancyProfile" + counts.keySet().toList();
    }
}
