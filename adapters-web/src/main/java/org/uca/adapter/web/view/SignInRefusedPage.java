package org.uca.adapter.web.view;

/** Why a single sign-on was refused (no group that gives access, an expired or altered sign-in, …). */
public record SignInRefusedPage(PageFrame frame, String heading, String message) {
}
