package org.uca.domain.architecture.planted.domain;

/** Writes to standard output and to the JDK's System.Logger. */
public final class PrintingDomainType {

    public void report(String message) {
        System.out.println(message);
        System.getLogger("planted").log(System.Logger.Level.INFO, message);
    }
}
