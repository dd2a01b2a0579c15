package org.uca.bootstrap.architecture.planted.adapter.persistence;

import org.uca.bootstrap.architecture.planted.adapter.web.PlantedController;

/** Violation: the persistence adapter reaching into the web adapter. */
public final class PersistenceUsingWeb {

    public Object render(PlantedController controller) {
        return controller.handle("id");
    }
}
