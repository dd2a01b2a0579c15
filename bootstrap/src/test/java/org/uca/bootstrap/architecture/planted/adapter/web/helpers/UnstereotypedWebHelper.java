package org.uca.bootstrap.architecture.planted.adapter.web.helpers;

/**
 * Violation: a web sub-package without its own package-info. jMolecules does not inherit the parent package's
 * stereotype, so this class counts as "unannotated" and no hexagonal rule restricts it.
 */
public final class UnstereotypedWebHelper {

    private UnstereotypedWebHelper() {
    }

    public static String escape(String text) {
        return text.replace("<", "&lt;");
    }
}
