package org.uca.application.testbed;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.application.port.in.ImportResidentsUseCase.Row;

/** A housing-system file, as a CSV reader hands it over: a header and rows numbered from line 2. */
public final class AResidentFile {

    public static final List<String> HEADER = List.of("reference", "name", "address_line_1", "address_line_2",
            "postcode", "uprn", "tenancy_start", "tenancy_end", "email", "phone", "preferred_contact");

    private final List<String> header;
    private List<Row> rows = List.empty();

    private AResidentFile(List<String> header) {
        this.header = header;
    }

    public static AResidentFile withColumns(String... columns) {
        return new AResidentFile(List.of(columns));
    }

    /** A file with every column of {@link #HEADER}. */
    public static AResidentFile full() {
        return new AResidentFile(HEADER);
    }

    public AResidentFile row(String... values) {
        Map<String, String> byColumn = LinkedHashMap.empty();
        for (int i = 0; i < header.size(); i++) {
            byColumn = byColumn.put(header.get(i), i < values.length ? values[i] : "");
        }
        rows = rows.append(new Row(rows.size() + 2, byColumn));
        return this;
    }

    public ResidentFile file() {
        return new ResidentFile(header, rows);
    }
}
