package org.uca.adapter.web.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The staff as the application's staff directory has them: names, teams and authority levels. The pages use it to
 * show names and to offer only the measures the signed-in manager may authorise; the application still checks the
 * level itself on every decision.
 */
public interface Colleagues {

    Option<StaffMember> find(StaffId id);

    Seq<StaffMember> all();
}
