package org.uca.bootstrap.architecture.planted.adapter.web;

import org.uca.bootstrap.architecture.planted.application.service.Ports;

/** Violation: the web adapter using a service class other than UcaApplication. */
public final class WebUsingServiceInternals {

    public Object casesOf(Ports ports) {
        return ports.cases();
    }
}
