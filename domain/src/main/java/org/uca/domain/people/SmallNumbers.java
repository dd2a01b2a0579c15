package org.uca.domain.people;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How equality figures are published so that no resident can be picked out of them (UK GDPR: special category
 * data; the ONS's and NHS Digital's small-number rules): every count under {@link #THRESHOLD} is withheld and
 * shown as "&lt;5", and so is its share; and, where the column's total is shown, the withheld counts together
 * would be found by taking the others from the total, so the next smallest counts are withheld with them until
 * together they are at least the threshold (secondary suppression: a withheld zero
 * hides nobody). A total under the threshold is withheld too.
 *
 * @param cells each count as it may be shown, in the order given; none where it is withheld
 * @param total the column's total as it may be shown; none where it is withheld
 */
@ValueObject
public record SmallNumbers(Seq<Option<Long>> cells, Option<Long> total) {

    public static final long THRESHOLD = 5;

    /** The column of counts as it may be published. */
    public static SmallNumbers of(Seq<Long> counts) {
        List<Long> all = List.ofAll(counts);
        long sum = all.sum().longValue();
        List<Option<Long>> cells = all.map(n -> n < THRESHOLD ? Option.<Long>none() : Option.some(n));
        Option<Long> total = sum < THRESHOLD ? Option.none() : Option.some(sum);
        // with the total shown, the withheld cells together are the total minus the rest: while that is a small
        // number other than none at all, the smallest count still shown (the first of equals) is withheld too;
        // one is always left to take, since all of them withheld are the total, at least the threshold
        while (total.isDefined() && isSmall(withheld(all, cells))) {
            int next = cells.zipWithIndex().filter(c -> c._1.isDefined()).minBy(c -> c._1.get()).get()._2;
            cells = cells.update(next, Option.none());
        }
        return new SmallNumbers(cells, total);
    }

    private static long withheld(List<Long> counts, List<Option<Long>> cells) {
        return counts.zip(cells).filter(c -> c._2.isEmpty()).map(c -> c._1).sum().longValue();
    }

    private static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The share of the total a cell is, where both are shown; none where either is withheld. */
    public Option<Double> shareOf(int cell) {
        return cells.get(cell).flatMap(n -> total.filter(t -> t > 0).map(t -> (double) n / t));
    }
}
