package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/** Records time spent in contact with a restricted resident; returns the guidance with the allowance left. */
public interface RecordContactUseCase {

    Either<Failure, ContactGuidance> recordContact(Command command);

    record Command(StaffId actingStaff, ResidentId resident, Instant at, int minutes, Channel channel) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
