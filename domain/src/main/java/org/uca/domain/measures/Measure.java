package org.uca.domain.measures;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.UnaryOperator;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Refusal;

/** One thing the landlord decides to do about a resident's unacceptable actions. */
public sealed interface Measure permits ContactStandard, ServiceLimit, TenancyAction, InformingThePolice {

    /** The lowest level that may authorise this measure (policy 4.2). */
    AuthorityLevel requiredAuthority();

    /** The measure as a resident reads it in a letter. */
    String inPlainEnglish();

    /** A stable name for the kind of measure, used for monitoring and storage. */
    MeasureKind kind();

    /**
     * The measure with its own free text (a third party, posts, works, a description) passed through
     * {@code rewrite}; a measure without free text returns itself. The retention rule removes that text this way.
     */
    Measure withFreeText(UnaryOperator<String> rewrite);

    /** What is wrong with the details of this measure; empty when it can be authorised as it stands. */
    default Seq<Refusal.Problem> problems() {
        return List.empty();
    }

    /**
     * The right to contact the Housing Ombudsman can never be removed (policy 3.5, 4.4): a described "other" measure
     * that touches that route is refused ({@link OmbudsmanRoute}).
     */
    static Seq<Refusal.Problem> leavesTheOmbudsmanRouteAlone(String description) {
        return OmbudsmanRoute.leftAloneBy(description);
    }

    /** The highest authority any of the measures needs; a decision needs that level. */
    static AuthorityLevel requiredAuthorityFor(Iterable<? extends Measure> measures) {
        AuthorityLevel required = AuthorityLevel.NONE;
        for (Measure m : measures) {
            if (m.requiredAuthority().compareTo(required) > 0) {
                required = m.requiredAuthority();
            }
        }
        return required;
    }
}
