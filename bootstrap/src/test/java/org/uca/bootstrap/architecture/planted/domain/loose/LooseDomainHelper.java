package org.uca.bootstrap.architecture.planted.domain.loose;

/** Violation: a domain sub-package that is no module, holding a class with no DDD stereotype. */
public final class LooseDomainHelper {

    private LooseDomainHelper() {
    }

    public static String trimmed(String text) {
        return text.strip();
    }
}
