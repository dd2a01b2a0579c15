package org.uca.adapter.web.view;

import java.util.List;

/**
 * Import residents from the housing system: the upload form, and after it either the file's problems or a preview
 * (counts and the first rows: references only) with the file carried in the confirm form, so the confirm step needs
 * no server-side state and may land on any server.
 *
 * @param fileError    the upload field's error, or null
 * @param preview      the preview, or null before a file was checked
 */
public record ResidentImportPage(PageFrame frame, String fileError, List<String> problems, Preview preview) {

    /** @param file the uploaded file, Base64, sent back with the confirm */
    public record Preview(String fileName, int rows, int added, int changed, int unchanged, List<RowLine> firstRows,
            String file, String sha256) {
    }

    public record RowLine(int line, String reference, String change) {
    }
}
