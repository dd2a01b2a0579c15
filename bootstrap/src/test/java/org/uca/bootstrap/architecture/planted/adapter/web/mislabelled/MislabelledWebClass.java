package org.uca.bootstrap.architecture.planted.adapter.web.mislabelled;

/** Violation: web code in a package labelled @SecondaryAdapter. */
public final class MislabelledWebClass {

    public String name() {
        return "mislabelled";
    }
}
