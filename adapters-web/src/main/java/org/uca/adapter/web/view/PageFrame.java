package org.uca.adapter.web.view;

import java.util.List;

/**
 * What every page shows around its content: title, the landlord's name, who is signed in, navigation, a success
 * message after a change, and the error summary when a form needs correcting.
 */
public record PageFrame(String title, String landlord, String userName, String roleLabel, String csrf, String flash,
        List<NavItem> nav, List<ErrorItem> errors) {

    public record NavItem(String label, String href, boolean current) {
    }

    /** One line of the error summary, linking to the field it is about. */
    public record ErrorItem(String text, String href) {
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasFlash() {
        return flash != null && !flash.isEmpty();
    }

    public PageFrame withErrors(List<ErrorItem> more) {
        return new PageFrame(title, landlord, userName, roleLabel, csrf, flash, nav, more);
    }
}
