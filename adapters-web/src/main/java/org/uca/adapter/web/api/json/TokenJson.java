package org.uca.adapter.web.api.json;

/** A bearer token for the API, issued for a username and password. */
public record TokenJson(String token, String tokenType, String expiresAt, String note) {

    public static TokenJson bearer(String token, String expiresAt) {
        return new TokenJson(token, "Bearer", expiresAt,
                "Send as 'Authorization: Bearer <token>'. The token lasts while in use, like a session.");
    }
}
