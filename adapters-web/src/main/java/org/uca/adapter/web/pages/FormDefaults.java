package org.uca.adapter.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.uca.domain.shared.UkTime;

/** Today's date and the time now, in the UK, as a form fills them in. */
final class FormDefaults {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    FormDefaults(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return UkTime.dateOf(clock.instant());
    }

    String nowTime() {
        return HH_MM.format(clock.instant().atZone(UkTime.ZONE));
    }
}
