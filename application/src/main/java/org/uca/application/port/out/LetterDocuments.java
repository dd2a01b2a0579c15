package org.uca.application.port.out;

/**
 * A letter as the document a resident is sent: an accessible PDF (tagged, fonts embedded, A4) with the landlord's
 * details, to post, hand over or attach to an e-mail.
 */
public interface LetterDocuments {

    byte[] pdf(Letter letter);
}
