package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details: type, title, status, detail, instance; {@code errors} is UCA's extension member,
 * naming each field that was refused (absent when none is).
 */
public record ProblemJson(String type, String title, int status, String detail, String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldError> errors) {

    public record FieldError(String field, String reason) {
    }
}
