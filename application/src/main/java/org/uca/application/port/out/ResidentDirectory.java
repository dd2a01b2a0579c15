package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.ResidentId;

/** The landlord's housing system: who a resident is and where they live. */
public interface ResidentDirectory {

    Option<Resident> find(ResidentId id);

    /** Residents whose name or reference contains the text, at most {@code limit} of them. */
    Seq<Resident> search(String text, int limit);

    record Resident(ResidentId id, String name, String address) {
        public Resident {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
        }
    }
}
