package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One page of a longer list, with how many there are in all.
 *
 * @param number the page, from 1
 */
public record Page<T>(Seq<T> items, int number, int size, long total) {

    /** How many a page of a list holds when the asker does not say. */
    public static final int DEFAULT_SIZE = 25;
    /** The most a page of a list holds. */
    public static final int MAX_SIZE = 100;

    public Page {
        Objects.requireNonNull(items, "items");
        if (number < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("a page is numbered from 1 and holds at least one item");
        }
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** Where the page starts in the whole list. */
    public static long offset(int number, int size) {
        return (long) (number - 1) * size;
    }
}
