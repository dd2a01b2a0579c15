package org.uca.adapter.persistence.architecture.planted;

import org.uca.adapter.persistence.architecture.planted.json.PlantedDocument;

/** Well-formed on its own: the adapter's root package using its JSON documents. */
public final class PlantedStore {

    public String save(PlantedDocument document) {
        return document.json();
    }
}
