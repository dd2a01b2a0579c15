package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.uca.application.port.in.SendLetterUseCase.Sent;

/**
 * How a letter reached the resident.
 *
 * @param letter    the letter's place in the case: {@code decision/1}, {@code review/1/2}
 * @param emailedAt for an e-mail, when the mail server accepted it (absent: on its way)
 */
public record LetterSendingJson(String letter, String how, String by, String byName, String at,
        @JsonInclude(JsonInclude.Include.NON_NULL) String emailTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) String emailedAt) {

    public static LetterSendingJson from(Sent s) {
        return new LetterSendingJson(s.letter(), s.how().name(), s.by().value(), s.byName(), s.at().toString(),
                s.emailTo().getOrNull(), s.emailedAt().map(Object::toString).getOrNull());
    }
}
