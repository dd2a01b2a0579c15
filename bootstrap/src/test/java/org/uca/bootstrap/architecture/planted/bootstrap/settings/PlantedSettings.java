package org.uca.bootstrap.architecture.planted.bootstrap.settings;

import org.uca.bootstrap.architecture.planted.bootstrap.startup.PlantedStartup;

/** Well-formed on its own: settings that know how to start. */
public record PlantedSettings(int port) {

    public PlantedStartup startup() {
        return new PlantedStartup(port);
    }
}
