package org.uca.adapter.web.api.json;

/** A bearer token for the API, issued for a username and password. */
public record TokenJson(String token, String tokenType, String expiresAt, String note) {

    public static TokenJson bearer(String token, String expiresAt) {
        return new TokenJson(token, "Bearer", expiresAt,
                "Send as 'Authorization: Bearer <token>'. Like a session, it ends when unused for the idle time, at the"
                        + " end of its lifetime, on DELETE /api/tokens/current, or when the account is disabled.");
    }
}
