package org.uca.domain.architecture.planted.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Depends on a library outside the JDK, jMolecules and Vavr (SLF4J, which ArchUnit brings onto the test path). */
public final class FrameworkDependentDomainType {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkDependentDomainType.class);

    public void record(String what) {
        LOG.info(what);
    }
}
