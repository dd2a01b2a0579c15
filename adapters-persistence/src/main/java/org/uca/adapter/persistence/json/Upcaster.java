package org.uca.adapter.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step in the life of a stored document: turns a document of format {@link #from()} into one of the next
 * format, in place. Steps are small and never skipped: a document of format 1 read by a reader of format 4 goes
 * through 1→2, 2→3 and 3→4, so each step only knows the two formats it joins.
 */
interface Upcaster {

    /** The format this step reads; it writes {@code from() + 1}. */
    int from();

    /** Changes the document to the next format; the format number itself is set by the chain. */
    void upcast(ObjectNode document);
}
