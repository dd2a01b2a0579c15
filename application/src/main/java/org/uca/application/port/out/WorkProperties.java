package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;

/**
 * The properties of a contractor's work (issue 14 §1): where the landlord sets it up, a contractor's account or a
 * contractor's system is limited to the properties (UPRNs) it works at, and its safe-visit look-ups to them. None
 * kept: not limited, every property. An empty list kept: limited to no property at all (a contract paused).
 */
public interface WorkProperties {

    /** Whose work: a contractor's account, or a contractor's system by its safe-visit machine credential. */
    sealed interface Worker {

        /** How the store keys it, in the audit log's own words ({@code staff:S-12}, {@code machine:…}). */
        String key();

        record ContractorAccount(StaffId staff) implements Worker {
            public ContractorAccount {
                Objects.requireNonNull(staff, "staff");
            }

            @Override
            public String key() {
                return "staff:" + staff.value();
            }
        }

        record ContractorSystem(String credentialId) implements Worker {
            public ContractorSystem {
                Objects.requireNonNull(credentialId, "credentialId");
            }

            @Override
            public String key() {
                return "machine:" + credentialId;
            }
        }
    }

    /** The properties of the worker's work, in UPRN order; none if they are not limited. */
    Option<Seq<Uprn>> of(Worker worker);

    /** Whether the worker is limited to a list (even an empty one): the check each look-up makes first. */
    boolean limits(Worker worker);

    /** How many properties the worker is limited to; none if they are not limited. */
    Option<Integer> count(Worker worker);

    /** Whether the property is on the worker's list (for a worker who is limited). */
    boolean includes(Worker worker, Uprn property);

    /** Replaces the whole list: none to lift the limit, a list (even an empty one) to limit the worker to it. */
    void replace(Worker worker, Option<Seq<Uprn>> properties);
}
