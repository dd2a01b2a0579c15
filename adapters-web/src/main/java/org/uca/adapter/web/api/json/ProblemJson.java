package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details: type, title, status, detail, instance; {@code errors} is UCA's extension member,
 * naming each field that was refused (absent when none is); {@code changedSince}, for a change made from an earlier
 * version of the case (412), lists what was recorded on the case since that version, oldest first.
 */
public record ProblemJson(String type, String title, int status, String detail, String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CaseJson.Event> changedSince) {

    public ProblemJson(String type, String title, int status, String detail, String instance,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public record FieldError(String field, String reason) {
    }
}
