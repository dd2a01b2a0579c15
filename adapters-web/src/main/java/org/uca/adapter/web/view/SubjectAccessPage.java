package org.uca.adapter.web.view;

import java.util.List;

/**
 * Everything held about one resident, as a document to read and print: a table per kind of record, then every letter
 * as it was issued.
 */
public record SubjectAccessPage(PageFrame frame, String residentName, String reference, String exportedAt,
        String pdfHref, List<Table> tables, List<LetterView> letters) {

    /** One kind of record: its heading, what it is, its columns and rows ({@code empty} said when there are none). */
    public record Table(String id, String heading, String empty, List<String> columns, List<List<String>> rows) {
    }
}
