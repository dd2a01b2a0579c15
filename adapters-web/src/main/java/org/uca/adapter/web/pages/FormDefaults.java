package org.uca.adapter.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.uca.domain.cases.ReviewPeriods;
import org.uca.domain.shared.UkTime;

/** Today's date and the time now, in the UK, and the usual review periods, as a form fills them in. */
final class FormDefaults {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final ReviewPeriods reviewPeriods;

    FormDefaults(Clock clock, ReviewPeriods reviewPeriods) {
        this.clock = clock;
        this.reviewPeriods = reviewPeriods;
    }

    ReviewPeriods reviewPeriods() {
        return reviewPeriods;
    }

    LocalDate today() {
        return UkTime.dateOf(clock.instant());
    }

    String nowTime() {
        return HH_MM.format(clock.instant().atZone(UkTime.ZONE));
    }
}
