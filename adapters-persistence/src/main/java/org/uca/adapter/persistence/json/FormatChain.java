package org.uca.adapter.persistence.json;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The formats one kind of stored document has had, and the steps between them: reads a document of any format this
 * code has known and brings it, step by step, to the current one. A document of a newer format than this code knows
 * (written by a later version of UCA) is refused with a clear error, never half read.
 */
final class FormatChain {

    static final String FORMAT = "format";

    private final String what;
    private final int current;
    private final int assumedWhenUnmarked;
    private final Map<Integer, Upcaster> steps;

    /**
     * @param what                what the documents are, for errors ("case document")
     * @param current             the format this code writes
     * @param assumedWhenUnmarked the format of a document that carries no format number (written before formats)
     * @param steps               one step from each earlier format to the next
     */
    FormatChain(String what, int current, int assumedWhenUnmarked, List<Upcaster> steps) {
        this.what = what;
        this.current = current;
        this.assumedWhenUnmarked = assumedWhenUnmarked;
        this.steps = TreeMap.ofEntries(steps.map(s -> io.vavr.Tuple.of(s.from(), s)));
        for (int format = 1; format < current; format++) {
            if (format >= assumedWhenUnmarked && !this.steps.containsKey(format)) {
                throw new IllegalArgumentException("No step from format " + format + " of the " + what + ".");
            }
        }
    }

    int current() {
        return current;
    }

    /** The format a stored document says it has. */
    int formatOf(JsonNode document) {
        JsonNode format = document.get(FORMAT);
        return format == null ? assumedWhenUnmarked : format.asInt();
    }

    /**
     * Brings the document to the current format, in place (its format number included), and returns it.
     *
     * @throws UnreadableFormat when the document is newer than this code, or older than any format it knows
     */
    ObjectNode toCurrent(ObjectNode document) {
        int format = formatOf(document);
        if (format > current) {
            throw new UnreadableFormat("A stored " + what + " is in format " + format + ", written by a newer version"
                    + " of UCA; this version reads formats up to " + current + ". Run the newer version, or restore"
                    + " a backup taken before it ran.");
        }
        if (format < assumedWhenUnmarked) {
            throw new UnreadableFormat("A stored " + what + " is in format " + format + ", which UCA has never "
                    + "written.");
        }
        while (format < current) {
            steps.get(format).get().upcast(document);
            format++;
        }
        document.put(FORMAT, current);
        return document;
    }

    /** A stored document this version of UCA cannot read. */
    static final class UnreadableFormat extends IllegalStateException {
        UnreadableFormat(String message) {
            super(message);
        }
    }
}
