package org.uca.adapter.web.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.uca.adapter.web.http.HttpProblem;

/**
 * A form body ({@code application/x-www-form-urlencoded}), and an address's query, must be well formed: every {@code %} followed by two hex
 * digits, and what they encode UTF-8. Read leniently, "%zz" is kept as typed and a Latin-1 "é" (%E9) becomes
 * U+FFFD, and either would be saved as if the person had typed it.
 */
final class FormEncoding {

    private FormEncoding() {
    }

    /** Throws a 400 unless the form body (or query: {@code form} false) is well formed, in UTF-8. */
    static void refuseMalformed(byte[] body, boolean form) {
        java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream(body.length);
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == '%') {
                if (i + 2 >= body.length || Character.digit(body[i + 1], 16) < 0
                        || Character.digit(body[i + 2], 16) < 0) {
                    throw malformed("a % that is not followed by two hexadecimal digits", form);
                }
                decoded.write(Character.digit(body[i + 1], 16) * 16 + Character.digit(body[i + 2], 16));
                i += 2;
            } else {
                decoded.write(b == '&' || b == '=' ? ' ' : b); // a separator never joins a multi-byte character
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded.toByteArray()));
        } catch (CharacterCodingException e) {
            throw malformed("characters that are not UTF-8", form);
        }
    }

    private static HttpProblem malformed(String what, boolean form) {
        return form ? new HttpProblem(400, "The form could not be read", "What was sent has " + what
                + ", so nothing was saved. Go back, reload the page and try again.")
                : new HttpProblem(400, "The address could not be read", "Its query has " + what + ".");
    }
}
