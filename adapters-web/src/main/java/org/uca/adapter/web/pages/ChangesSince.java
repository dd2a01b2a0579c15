package org.uca.adapter.web.pages;

import io.vavr.collection.Seq;
import java.util.List;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.view.UkDates;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.people.StaffMember;

/** What was recorded on a case since someone opened a form on it, one line a change: when, who, what. */
final class ChangesSince {

    private final Colleagues colleagues;

    ChangesSince(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    List<String> lines(Seq<CaseEvent> since) {
        return since.map(e -> UkDates.dateTime(e.at()) + ", " + colleagues.find(e.by()).map(StaffMember::name)
                .getOrElse(e.by().value()) + ": " + e.summary()).toJavaList();
    }
}
