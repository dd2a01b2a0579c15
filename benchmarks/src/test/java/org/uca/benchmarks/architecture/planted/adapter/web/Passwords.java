package org.uca.benchmarks.architecture.planted.adapter.web;

/** Planted: the web adapter's public password hashing, an entry point for making sign-in accounts. */
public final class Passwords {

    public static String hash(String password) {
        return "hash:" + password;
    }
}
