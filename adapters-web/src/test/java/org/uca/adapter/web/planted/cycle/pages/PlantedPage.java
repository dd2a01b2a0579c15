package org.uca.adapter.web.planted.cycle.pages;

import org.uca.adapter.web.planted.cycle.PlantedWeb;

/** Reaches back into the planted root package. */
public final class PlantedPage {

    public String title(PlantedWeb web) {
        return web.name();
    }
}
