package org.uca.application.port.out;

import java.util.function.Supplier;

/**
 * Makes a use case atomic: everything the work writes through the other ports is kept together, or, if the work
 * throws, none of it is.
 */
@FunctionalInterface
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
