package org.uca.application.architecture.planted.application.port.out;

/** Well-formed: an exception an outgoing port may throw. */
public final class PlantedStoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlantedStoreUnavailable(String message) {
        super(message);
    }
}
