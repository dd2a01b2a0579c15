package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/** Records time spent in contact with a restricted resident; returns the guidance with the allowance left. */
public interface RecordContactUseCase {

    Either<Failure, ContactGuidance> recordContact(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, ResidentId resident, Instant at, int minutes, Channel channel,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, ResidentId resident, Instant at, int minutes, Channel channel) {
            this(actingStaff, resident, at, minutes, channel, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, resident, at, minutes, channel, Option.some(version));
        }
    }
}
