package org.uca.domain.measures;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import org.uca.domain.shared.Refusal;

/**
 * The right to contact the Housing Ombudsman always remains (policy 3.5, 4.4): no measure may remove or limit it,
 * and there is deliberately no measure that does. A described ("other") measure is free text, so this rule reads
 * the description and refuses one that touches the route at all, by any of the names a person might write:
 * <ul>
 * <li>the Ombudsman by name ("Housing Ombudsman", "ombudsmen", "ombudsperson"), misspelt by up to two letters
 * ("Ombusdman", "Onbudsman"), and by abbreviation ("HOS", "H.O.S.", "Omb.");</li>
 * <li>the routes to it: a complaints scheme beyond ours (external, independent, outside, statutory, national; an
 * escalation beyond our process; any, all or every complaints process where the text denies or takes it away: ours is
 * the only one a measure may close, and it has its own measure), an external or independent scheme, body, adjudicator or arbitration, a redress scheme, a
 * designated person, an MP, a councillor, an elected or ward member (who may refer a complaint to the
 * Ombudsman).</li>
 * </ul>
 * The description is read normalised first: case, accents, punctuation and spacing ("O m b u d s m a n",
 * "Ombuds-man"), invisible characters, letters that look alike from other alphabets (Cyrillic "о", Greek "ο") and
 * digits standing for letters ("0mbudsman"). It is a reading of words, not of meaning: see the closing note of the
 * record-you-can-trust work for what it cannot catch.
 */
public final class OmbudsmanRoute {

    static final String REFUSED = "The right to contact the Housing Ombudsman can never be removed or limited.";

    private static final List<String> NAMES = List.of("ombudsman", "ombudsmen", "ombudsperson");
    private static final List<String> ABBREVIATIONS = List.of("hos", "omb");
    /** Words that, beside a complaint word, reach beyond the landlord's own complaints process. */
    private static final List<String> BEYOND_US = List.of("external", "independent", "outside", "statutory",
            "national", "beyond", "escalate", "escalated", "escalation");
    /** "Any", "all", "every": beside a complaint word and a denial, they close every process, the Ombudsman's too. */
    private static final List<String> EVERY = List.of("any", "all", "every");
    /** Words that deny or take away: "all complaints in writing" organises, "no access to all complaints" closes. */
    private static final List<String> DENIAL = List.of("no", "not", "none", "nor", "never", "without", "cannot",
            "cant", "withdrawn", "removed", "barred", "excluded", "refused", "stopped", "denied", "suspended");
    /** How many words either side of a complaint word {@link #BEYOND_US} may stand. */
    private static final int NEAR = 6;
    /** Bodies that decide a dispute, which an external or independent one beside them makes a route out. */
    private static final List<String> SCHEMES = List.of("scheme", "schemes", "adjudicator", "adjudication",
            "arbitration", "arbitrator", "body", "bodies");
    private static final List<String> ELECTED = List.of("councillor", "councillors", "councilor", "councilors");

    private OmbudsmanRoute() {
    }

    /** Why the description of an "other" measure touches the Ombudsman route; empty when it leaves it alone. */
    public static Seq<Refusal.Problem> leftAloneBy(String description) {
        return leftAloneBy(description, "description");
    }

    /** As {@link #leftAloneBy(String)}, for any measure's free text, named by its field. */
    public static Seq<Refusal.Problem> leftAloneBy(String description, String field) {
        return touched(description).map(what -> List.of(new Refusal.Problem(field, REFUSED
                + " This description mentions " + what + "; describe the measure without it (every letter tells the"
                + " resident how to contact the Ombudsman)."))).getOrElse(List.empty());
    }

    /** What in the description touches the route, in words for the refusal. */
    static Option<String> touched(String description) {
        if (description == null) {
            return Option.none();
        }
        List<String> words = words(description);
        List<String> joined = words.appendAll(words.sliding(2).map(pair -> pair.mkString()).toList());
        if (joined.exists(w -> w.contains("ombud") || NAMES.exists(name -> near(w, name, 2)))) {
            return Option.some("the Housing Ombudsman");
        }
        Option<String> abbreviated = words.find(ABBREVIATIONS::contains);
        if (abbreviated.isDefined()) {
            return Option.some("the Housing Ombudsman Service (" + abbreviated.get().toUpperCase(Locale.ROOT) + ")");
        }
        if (words.exists(w -> near(w, "redress", 1))) {
            return Option.some("a redress scheme");
        }
        if (follows(words, "designated", List.of("person", "persons", "people"))) {
            return Option.some("a designated person, who may refer a complaint to the Ombudsman");
        }
        if (words.exists(w -> w.equals("mp") || w.equals("mps") || w.equals("cllr")
                || ELECTED.exists(e -> near(w, e, 1))) || follows(words, "member", List.of("parliament"))
                || follows(words, "members", List.of("parliament"))
                || follows(words, "elected", List.of("member", "members", "representative", "representatives"))
                || follows(words, "ward", List.of("member", "members"))) {
            return Option.some("an MP or a councillor, who may refer a complaint to the Ombudsman");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isAboutComplaints(w)) {
                List<String> around = words.slice(Math.max(0, i - NEAR), Math.min(words.size(), i + NEAR + 1));
                if (around.exists(OmbudsmanRoute::isBeyondUs)
                        || around.exists(EVERY::contains) && around.exists(DENIAL::contains)) {
                    return Option.some("a complaints scheme beyond our own complaints process");
                }
            }
            if (SCHEMES.contains(w) && i > 0 && isBeyondUs(words.get(i - 1)) && words.get(i - 1).length() > 3) {
                return Option.some("an external or independent scheme");
            }
        }
        return Option.none();
    }

    /** External, independent, outside... (misspelt by a letter, when long enough to tell), or any, all, every. */
    private static boolean isBeyondUs(String word) {
        return BEYOND_US.exists(b -> word.equals(b) || b.length() > 5 && near(word, b, 1));
    }

    /** A complaint, complaints, complaining, a grievance, misspelt by a letter; not "compliant". */
    private static boolean isAboutComplaints(String word) {
        return word.startsWith("complain") || word.startsWith("grievance")
                || (near(word, "complaint", 1) || near(word, "complaints", 1)) && !word.startsWith("complian");
    }

    /** Whether {@code first} (misspelt by up to two letters) is followed, within two words, by one of {@code then}. */
    private static boolean follows(List<String> words, String first, List<String> then) {
        for (int i = 0; i < words.size(); i++) {
            if (near(words.get(i), first, 2)) {
                for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
                    if (then.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The description as lower-case words of the letters a to z only: accents and invisible characters removed,
     * look-alike letters and digits read as the letters they look like, anything else a break between words, and
     * a run of single letters ("h o s", "H.O.S.") read as one word.
     */
    static List<String> words(String description) {
        String decomposed = Normalizer.normalize(description, Normalizer.Form.NFKD)
                .replaceAll("[\\p{M}\\p{Cf}]", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> plain.append(lookAlike(c)));
        java.util.List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : plain.toString().split("[^a-z]+")) {
            if (word.length() == 1) {
                letters.append(word);
                continue;
            }
            if (letters.length() > 0) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (letters.length() > 0) {
            words.add(letters.toString());
        }
        return List.ofAll(words);
    }

    /** The Latin letter(s) a character is written to look like; itself when it looks like none. */
    private static String lookAlike(int c) {
        switch (c) { // besides digits and symbols, the labels are Cyrillic and Greek letters, written as themselves
            case '0': case 'о': case 'ο': case 'ø': case 'σ': return "o";
            case '1': case 'і': case 'ı': case 'ι': case 'ӏ': return "i";
            case '3': case 'е': case 'ё': case 'ε': return "e";
            case '4': case '@': case 'а': case 'α': return "a";
            case '5': case '$': case 'ѕ': return "s";
            case '7': case 'т': case 'τ': return "t";
            case 'в': case 'β': return "b";
            case 'с': case 'ϲ': return "c";
            case 'ԁ': case 'đ': return "d";
            case 'һ': case 'н': return "h";
            case 'ј': return "j";
            case 'к': case 'κ': return "k";
            case 'ł': return "l";
            case 'м': case 'μ': return "m";
            case 'η': case 'п': return "n";
            case 'р': case 'ρ': return "p";
            case 'у': case 'ү': case 'γ': return "y";
            case 'υ': return "u";
            case 'ν': return "v";
            case 'х': case 'χ': return "x";
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            default: return new String(Character.toChars(c));
        }
    }

    /** Whether {@code word} is {@code target} with at most {@code edits} letters added, dropped, changed or swapped. */
    static boolean near(String word, String target, int edits) {
        if (Math.abs(word.length() - target.length()) > edits) {
            return false;
        }
        return distance(word, target) <= edits;
    }

    /** The optimal string alignment distance: Levenshtein's, with a swap of two neighbouring letters as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
