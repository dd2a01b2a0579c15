package org.uca.application.architecture.planted.application.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Violation: the application tied to a framework (SLF4J, which ArchUnit brings onto the test path). */
final class ServiceUsingAFramework {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceUsingAFramework.class);

    void work() {
        LOG.info("working");
    }
}
