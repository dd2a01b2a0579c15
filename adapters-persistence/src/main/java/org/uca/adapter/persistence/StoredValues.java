package org.uca.adapter.persistence;

import org.uca.application.port.out.StoredValueRejected;

/**
 * Checks values against the columns they go into before anything is written, so a value that does not fit is
 * refused with the field's name and a plain message, never with the database's own text.
 */
final class StoredValues {

    private StoredValues() {
    }

    static String fit(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new StoredValueRejected(field, "This is too long to keep: at most " + maxLength
                    + " characters (it has " + value.length() + ").", null);
        }
        return value;
    }
}
