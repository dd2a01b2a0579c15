package org.uca.adapter.web.view;

/** A link to another page, as its label and address. */
public record Link(String label, String href) {
}
