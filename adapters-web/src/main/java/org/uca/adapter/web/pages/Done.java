package org.uca.adapter.web.pages;

/** What a successful form submission says, and where the browser goes next. */
record Done(String message, String location) {
}
