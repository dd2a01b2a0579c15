package org.uca.domain.architecture.planted.domain.loose;

/** In a domain package with no jMolecules module and no DDD stereotype of its own. */
public final class LooseHelper {

    private LooseHelper() {
    }

    public static int twice(int n) {
        return 2 * n;
    }
}
