package org.uca.bootstrap.architecture.planted.bootstrap.startup;

import org.uca.bootstrap.architecture.planted.bootstrap.settings.PlantedSettings;

/** Violation: startup pointing back at settings, which already point at startup, closes a package cycle. */
public record StartupReadingItsSettings(PlantedSettings settings) {
}
