package org.uca.domain.measures;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.shared.Refusal;

/**
 * The services a contact standard or service limit applies to: all our services, or only the ones named. The
 * LGSCO asks for "no blanket approach": a restriction is proportionate and limited to what is needed, so the
 * authoriser says which services it covers. Decisions recorded before scopes existed applied to all services.
 */
@ValueObject
public sealed interface ServiceScope {

    /** Applies whichever service the resident contacts us about. */
    ServiceScope ALL = new AllServices();

    boolean covers(LandlordService service);

    /** How a letter says it: "for all our services", "for repairs and rent and income only". */
    String inPlainEnglish();

    /** How a letter tells the resident which services a measure affects, as a sentence. */
    String inALetter();

    /** The services named, in their order; every service for all services. */
    Seq<LandlordService> services();

    /** What is wrong with this scope; a named scope must name at least one service. */
    default Seq<Refusal.Problem> problems() {
        return List.empty();
    }

    static ServiceScope only(LandlordService first, LandlordService... more) {
        EnumSet<LandlordService> named = EnumSet.of(first);
        named.addAll(Arrays.asList(more));
        return new NamedServices(named);
    }

    @ValueObject
    record AllServices() implements ServiceScope {
        public boolean covers(LandlordService service) {
            return true;
        }

        public String inPlainEnglish() {
            return "for all our services";
        }

        public String inALetter() {
            return "This applies to all our services.";
        }

        public Seq<LandlordService> services() {
            return List.of(LandlordService.values());
        }
    }

    /** Only these services; the others go on as usual. */
    @ValueObject
    record NamedServices(Set<LandlordService> named) implements ServiceScope {
        public NamedServices {
            named = named.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(named));
        }

        public boolean covers(LandlordService service) {
            return named.contains(service);
        }

        public String inPlainEnglish() {
            Seq<String> labels = services().map(LandlordService::label);
            String listed = labels.isEmpty() ? "no service" : labels.size() == 1 ? labels.head()
                    : labels.init().mkString(", ") + " and " + labels.last();
            return "for " + listed + " only";
        }

        public String inALetter() {
            return "This applies " + inPlainEnglish() + "; our other services are not affected.";
        }

        public Seq<LandlordService> services() {
            return List.ofAll(named).sorted();
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return named.isEmpty()
                    ? List.of(new Refusal.Problem("services",
                            "Say which services this applies to: choose at least one, or all our services."))
                    : List.empty();
        }
    }
}
