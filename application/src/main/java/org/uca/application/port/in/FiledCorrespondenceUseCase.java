package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/**
 * Correspondence filed without a reply while a decision limits how complaints reach us: logged with a screening
 * deadline, then screened for a new issue or complaint and a safeguarding concern ({@link FiledCorrespondence}).
 */
public interface FiledCorrespondenceUseCase {

    /** Logs a piece of correspondence filed without a reply; returns it as logged, with its deadline. */
    Either<Failure, FiledCorrespondence> log(Log command);

    /**
     * Records the screening of filed correspondence; a safeguarding concern is told to the Service Development Team.
     */
    Either<Failure, FiledCorrespondence> screen(Screen command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved.
     *
     * @param receivedOn the date it was received; null if not given (refused, naming the field)
     * @param channel    how it came; null if not given (refused, naming the field)
     */
    record Log(StaffId actingStaff, CaseId caseId, LocalDate receivedOn, Channel channel, String summary,
            Option<CaseVersion> seen) implements CaseChange<Log> {
        public Log {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Log(StaffId actingStaff, CaseId caseId, LocalDate receivedOn, Channel channel, String summary) {
            this(actingStaff, caseId, receivedOn, channel, summary, Option.none());
        }

        @Override
        public Log seenAt(CaseVersion version) {
            return new Log(actingStaff, caseId, receivedOn, channel, summary, Option.some(version));
        }
    }

    /**
     * @param newIssue     what was done with the new issue or complaint it raises; none if it raises none
     * @param safeguarding what was done about the safeguarding concern it raises; none if it raises none
     */
    record Screen(StaffId actingStaff, CaseId caseId, int correspondence, Option<String> newIssue,
            Option<String> safeguarding, Option<CaseVersion> seen) implements CaseChange<Screen> {
        public Screen {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(newIssue, "newIssue");
            Objects.requireNonNull(safeguarding, "safeguarding");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Screen(StaffId actingStaff, CaseId caseId, int correspondence, Option<String> newIssue,
                Option<String> safeguarding) {
            this(actingStaff, caseId, correspondence, newIssue, safeguarding, Option.none());
        }

        @Override
        public Screen seenAt(CaseVersion version) {
            return new Screen(actingStaff, caseId, correspondence, newIssue, safeguarding, Option.some(version));
        }
    }
}
