package org.uca.application.architecture.planted.application.service.helpers;

/**
 * Violation: a sub-package of the services without its own package-info. jMolecules does not inherit a stereotype
 * from the parent package, so without the stereotype rule this class would be restricted by nothing.
 */
final class UnstereotypedHelper {

    private UnstereotypedHelper() {
    }

    static int twice(int n) {
        return 2 * n;
    }
}
