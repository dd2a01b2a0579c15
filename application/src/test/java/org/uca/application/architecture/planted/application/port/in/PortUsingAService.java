package org.uca.application.architecture.planted.application.port.in;

import org.uca.application.architecture.planted.application.service.PublicHelperService;

/** Violation: a port that knows an application service behind it. */
public interface PortUsingAService {

    PublicHelperService helper();
}
