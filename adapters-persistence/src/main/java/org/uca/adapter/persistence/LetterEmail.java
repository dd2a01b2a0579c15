package org.uca.adapter.persistence;

import org.uca.application.port.out.LetterOutput.Sending;

/** A letter waiting to be e-mailed to the resident, for the relay: its row, the sending, and failed attempts. */
public record LetterEmail(long id, Sending sending, int attempts) {
}
