package org.uca.adapter.web.planted.cycle;

import org.uca.adapter.web.planted.cycle.pages.PlantedPage;

/** Assembles the planted pages, and is reached back from them: a cycle between the root and {@code pages}. */
public final class PlantedWeb {

    public String name() {
        return "planted";
    }

    public String title() {
        return new PlantedPage().title(this);
    }
}
