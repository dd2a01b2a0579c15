package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;

/** A machine client credential as an administrator sees it: never its secret (but once, when it is created). */
public record MachineCredentialJson(String id, String name, String scope, String createdAt, String createdBy,
        boolean revoked, @JsonInclude(JsonInclude.Include.NON_NULL) String revokedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String lastUsedAt) {

    public static MachineCredentialJson from(MachineCredential c) {
        return new MachineCredentialJson(c.id(), c.name(), c.scope().words(), c.createdAt().toString(),
                c.createdBy().value(), c.revoked(), c.revokedAt().map(Object::toString).getOrNull(),
                c.lastUsedAt().map(Object::toString).getOrNull());
    }

    /** A new credential with its secret, shown this once. */
    public record Created(MachineCredentialJson credential, String secret, String note) {
        public static Created from(ManageMachineCredentialsUseCase.Created created) {
            return new Created(MachineCredentialJson.from(created.credential()), created.secret(),
                    created.credential().scope() == Scope.SAFE_VISIT
                            ? "Shown once: UCA keeps only its hash. Send as 'Authorization: Bearer <secret>' to GET"
                                    + " /api/visits and GET /api/visits/properties only."
                            : "Shown once: UCA keeps only its hash. Send as 'Authorization: Bearer <secret>' to PUT"
                                    + " /api/residents/{reference} and POST /api/residents/batch only.");
        }
    }
}
