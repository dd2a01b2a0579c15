package org.uca.adapter.persistence.architecture.planted.json;

import org.uca.adapter.persistence.architecture.planted.PlantedStore;

/** Violation: the json package pointing back at the root package, which already uses it, closes a package cycle. */
public record DocumentKnowingItsStore(PlantedDocument document, PlantedStore savedBy) {
}
