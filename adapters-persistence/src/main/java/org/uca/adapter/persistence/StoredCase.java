package org.uca.adapter.persistence;

import io.vavr.collection.Map;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.domain.cases.Case;

/**
 * A case as this unit of work read (or last wrote) it: the aggregate, the version its row is at, and how many of
 * each part are rows in case_part (none when the head still holds its parts), which is what a save compares with.
 */
record StoredCase(UUID id, long version, Case theCase, Map<StoredJson.Part, Integer> partRows) {

    int rowsOf(StoredJson.Part part) {
        return partRows.get(part).getOrElse(0);
    }
}
