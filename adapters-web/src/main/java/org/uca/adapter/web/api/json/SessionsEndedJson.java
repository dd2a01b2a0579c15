package org.uca.adapter.web.api.json;

/** How many sessions and API tokens a request ended. */
public record SessionsEndedJson(int ended) {
}
