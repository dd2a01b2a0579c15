package org.uca.adapter.web.view;

/**
 * The sign-in page.
 *
 * @param localPasswords    whether to show the username and password form
 * @param singleSignOnName  the provider on the "Sign in with …" button; null when there is no single sign-on
 */
public record SignInPage(PageFrame frame, String username, String error, boolean localPasswords,
        String singleSignOnName) {

    public boolean singleSignOn() {
        return singleSignOnName != null;
    }
}
