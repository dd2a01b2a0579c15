package org.uca.application.port.out;

import java.util.function.Supplier;

/**
 * Makes a use case atomic: everything the work writes through the other ports is kept together, or, if the work
 * throws, none of it is.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * A unit of work that only reads: the store may skip what writing needs (dirty checks, flushes). Writing inside
     * it is a programming error. By default, an ordinary unit of work.
     */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }
}
