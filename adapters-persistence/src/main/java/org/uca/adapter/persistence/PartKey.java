package org.uca.adapter.persistence;

import java.io.Serializable;
import java.util.UUID;

/** The key of a numbered part of a case (action, warning, decision, appeal): the case and the part's number. */
record PartKey(UUID caseId, int number) implements Serializable {
}
