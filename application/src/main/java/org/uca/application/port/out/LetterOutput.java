package org.uca.application.port.out;

/** Where letters to residents go once issued (a print queue, a document store). */
public interface LetterOutput {

    void issue(Letter letter);
}
