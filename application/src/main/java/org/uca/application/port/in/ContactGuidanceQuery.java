package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The front-line question: "what contact may I have with this resident right now?"
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written.
 */
public interface ContactGuidanceQuery {

    default Either<Failure, ContactGuidance> guidanceFor(StaffId askedBy, ResidentId resident) {
        return guidanceAsOf(askedBy, resident).map(AsOf::guidance);
    }

    /** The guidance, with the version of the resident's case it was read from, to record contact against. */
    default Either<Failure, AsOf> guidanceAsOf(StaffId askedBy, ResidentId resident) {
        return guidanceAsOf(askedBy, resident, Option.none());
    }

    /**
     * The guidance when the resident contacts us about {@code service}: only the restrictions that cover it ("no
     * blanket approach", LGSCO); for none, every restriction, each saying which services it applies to.
     */
    Either<Failure, AsOf> guidanceAsOf(StaffId askedBy, ResidentId resident, Option<LandlordService> service);

    /**
     * @param version the version of the resident's case the guidance comes from ({@link CaseVersion#NO_CASE_YET}
     *                when they have none): a change asked for from it is refused if the case has moved on since
     */
    record AsOf(ContactGuidance guidance, CaseVersion version) {
        public AsOf {
            Objects.requireNonNull(guidance, "guidance");
            Objects.requireNonNull(version, "version");
        }
    }
}
