package org.uca.adapter.persistence.architecture.planted.json;

/** Well-formed on its own: a stored JSON document. */
public record PlantedDocument(String json) {
}
