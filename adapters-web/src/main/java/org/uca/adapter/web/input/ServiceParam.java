package org.uca.adapter.web.input;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.shared.Refusal;

/**
 * The {@code service} query parameter of the guidance: the service the resident is contacting us about, so the
 * answer holds only the restrictions that cover it ("no blanket approach", LGSCO). Absent or empty: all services.
 * Anything else is refused, naming the field and the services accepted.
 */
public final class ServiceParam {

    private ServiceParam() {
    }

    public static Either<Refusal, Option<LandlordService>> of(String given) {
        if (given == null || given.isBlank()) {
            return Either.right(Option.none());
        }
        for (LandlordService s : LandlordService.values()) {
            if (s.name().equals(given.strip().toUpperCase(Locale.ROOT))) {
                return Either.right(Option.some(s));
            }
        }
        return Either.left(Refusal.of("service", "There is no service \"" + given.strip() + "\". Choose one of "
                + List.of(LandlordService.values()).map(Enum::name).mkString(", ") + ", or leave it out for all"
                + " services."));
    }
}
