package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.uca.domain.cases.CaseEvent;

/** Telling people: the Service Development Team of every authorised action (policy 5.1), and teams informed. */
public interface Notifications {

    void send(Notification notification);

    enum Audience { SERVICE_DEVELOPMENT_TEAM, TEAMS_INFORMED }

    record Notification(Audience audience, Seq<String> teams, String subject, String body, CaseEvent about) {
        public Notification {
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(teams, "teams");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(about, "about");
        }
    }
}
