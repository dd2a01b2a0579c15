package org.uca.adapter.web.http;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.application.port.in.CaseVersion;

/**
 * A change through the API names the version of the case it was made from, as RFC 9110 conditional requests do: the
 * case's {@code ETag} (from {@code GET /api/cases/{case}}) sent back as {@code If-Match}. Without one the change is
 * refused with 428 (RFC 6585), since UCA cannot tell whether the client saw what is now on the case; the use case
 * compares it with the stored version in the same transaction as the change, and a stale one is 412.
 */
public final class CasePreconditions {

    private static final Pattern ONE_STRONG_TAG = Pattern.compile("\\s*\"(0|[1-9][0-9]{0,17})\"\\s*");
    private static final String HOW = " Read the case with GET /api/cases/{case} and send its ETag back as If-Match"
            + " (for example If-Match: \"3\"), so that a change made from an out-of-date copy of the case is refused"
            + " instead of saved.";

    private CasePreconditions() {
    }

    /** The case's version as its entity tag. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a change to an existing case was made from: its If-Match. */
    public static CaseVersion ifMatch(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new HttpProblem(428, "This change must say which version of the case it was made from",
                    "The request has no If-Match header; nothing was saved." + HOW);
        }
        return parsed(ifMatch);
    }

    /**
     * The version a change to a resident's case was made from, where the change opens the case if the resident has
     * none: If-Match with the case's ETag, or {@code If-None-Match: *} to say the client saw no case.
     */
    public static CaseVersion ifMatchOrNoCase(Context ctx) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ctx.header("If-Match") == null) {
            if (!ifNoneMatch.trim().equals("*")) {
                throw new HttpProblem(400, "If-None-Match can only be *", "If-None-Match: * says you saw that the"
                        + " resident has no case yet; any other value means nothing here. Nothing was saved." + HOW);
            }
            return CaseVersion.NO_CASE_YET;
        }
        if (ctx.header("If-Match") == null) {
            throw new HttpProblem(428, "This change must say which version of the resident's case it was made from",
                    "The request has neither If-Match (the resident's case, as you read it) nor If-None-Match: * (the"
                            + " resident had no case when you looked); nothing was saved." + HOW);
        }
        return ifMatch(ctx);
    }

    private static CaseVersion parsed(String ifMatch) {
        if (ifMatch.trim().equals("*")) {
            throw new HttpProblem(428, "If-Match: * does not say which version of the case you saw",
                    "Any version matches *, so a change from an out-of-date copy would be saved; nothing was saved."
                            + HOW);
        }
        Matcher one = ONE_STRONG_TAG.matcher(ifMatch);
        if (!one.matches()) {
            throw new HttpProblem(400, "If-Match is not one of this case's ETags", "If-Match must be exactly one"
                    + " ETag as GET /api/cases/{case} gave it, quotes included (a weak W/ tag or a list does not say"
                    + " which version you saw); nothing was saved." + HOW);
        }
        return new CaseVersion(Long.parseLong(one.group(1)));
    }
}
