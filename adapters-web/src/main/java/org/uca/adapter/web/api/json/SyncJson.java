package org.uca.adapter.web.api.json;

import org.uca.application.port.in.ImportResidentsUseCase;

/** What the housing system's sync did. */
public final class SyncJson {

    private SyncJson() {
    }

    /** One resident: {@code change} is ADDED, CHANGED or UNCHANGED. */
    public record Synced(String reference, ImportResidentsUseCase.Change change) {
    }

    /** A batch, all applied. */
    public record Report(int added, int changed, int unchanged) {
        public static Report from(ImportResidentsUseCase.Report report) {
            return new Report(report.added(), report.changed(), report.unchanged());
        }
    }
}
