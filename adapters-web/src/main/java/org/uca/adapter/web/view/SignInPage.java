package org.uca.adapter.web.view;

/** The sign-in page. */
public record SignInPage(PageFrame frame, String username, String error) {
}
