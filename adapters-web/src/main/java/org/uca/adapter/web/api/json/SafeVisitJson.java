package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.uca.application.port.in.SafeVisitQuery.SafeVisit;
import org.uca.domain.visits.VisitInstruction;

/**
 * What a visitor must do at a property or for a resident, and nothing else: the property or resident asked about,
 * and each instruction's code and words, with whom to contact where it says to. No name, reason, note, incident,
 * measure or case is ever in it.
 */
public record SafeVisitJson(@JsonInclude(JsonInclude.Include.NON_NULL) String uprn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String resident, List<Instruction> instructions) {

    /**
     * One instruction.
     *
     * @param code    the kind of instruction, stable, for a works order: TWO_PERSON_VISIT and the like
     * @param contact whom to contact first, where the instruction says to
     */
    public record Instruction(String code, String instruction,
            @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact) {
    }

    /** Whom to contact: the name, and the landlord's number to reach them on (none if no number is configured). */
    public record Contact(String name, @JsonInclude(JsonInclude.Include.NON_NULL) String phone) {
    }

    public static SafeVisitJson from(SafeVisit visit, Optional<String> phone) {
        return new SafeVisitJson(visit.property().map(Object::toString).getOrNull(),
                visit.resident().map(Object::toString).getOrNull(),
                visit.instructions().instructions().map(i -> instruction(i, phone)).toJavaList());
    }

    private static Instruction instruction(VisitInstruction i, Optional<String> phone) {
        return new Instruction(i.kind().name(), i.words(),
                i.contact().map(name -> new Contact(name, phone.orElse(null))).getOrNull());
    }
}
