package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * A resident's page in one call (the task {@link Task#READ_CONTACT_GUIDANCE}): who they are, what contact staff may
 * have with them right now, and their case if they have one.
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written.
 */
public interface GuidancePageQuery {

    default Either<Failure, GuidancePage> guidancePage(StaffId askedBy, ResidentId resident) {
        return guidancePage(askedBy, resident, Shown.PAGE);
    }

    /** The same answer, shown as {@code shown}: the line saying who looked says where. */
    default Either<Failure, GuidancePage> guidancePage(StaffId askedBy, ResidentId resident, Shown shown) {
        return guidancePage(askedBy, resident, shown, Option.none());
    }

    /**
     * The same answer for contact about {@code service} only ("no blanket approach", LGSCO): the guidance holds the
     * restrictions that cover it; for none, every restriction.
     */
    Either<Failure, GuidancePage> guidancePage(StaffId askedBy, ResidentId resident, Shown shown,
            Option<LandlordService> service);

    /** Where the guidance is shown. */
    enum Shown {
        PAGE("the resident's page with their contact guidance"),
        /** Framed in the contact centre's or housing officers' CRM screen. */
        BANNER("the contact guidance banner (in another system's screen)");

        private final String what;

        Shown(String what) {
            this.what = what;
        }

        /** What was shown, for the access log. */
        public String what() {
            return what;
        }
    }

    /** {@code caseVersion} is the version of the resident's case shown ({@link CaseVersion#NO_CASE_YET} if none). */
    record GuidancePage(Resident resident, ContactGuidance guidanceNow, Option<CaseId> caseId,
            CaseVersion caseVersion) {
        public GuidancePage {
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(guidanceNow, "guidanceNow");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(caseVersion, "caseVersion");
        }
    }
}
