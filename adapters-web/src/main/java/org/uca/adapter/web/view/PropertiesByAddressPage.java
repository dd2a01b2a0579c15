package org.uca.adapter.web.view;

import java.util.List;

/**
 * Finding the property for a safe visit by its address: the postcode and first line typed, any problem with either,
 * and the properties found — each a link to its safe visit, or, with no UPRN, who to ask instead.
 *
 * @param searched whether a search was made (not on first arriving)
 * @param more     whether more properties matched than are listed
 */
public record PropertiesByAddressPage(PageFrame frame, PropertySearch search, boolean searched,
        List<Property> properties, boolean more, String housingOffice) {

    /** The search form as typed, with the problem with each field (null if none). */
    public record PropertySearch(String postcode, String address, String postcodeError, String addressError) {

        public static PropertySearch empty() {
            return new PropertySearch("", "", null, null);
        }
    }

    /** A property found: the link to its safe visit, or null when it has no UPRN. */
    public record Property(String address, String uprn, String href) {
    }
}
