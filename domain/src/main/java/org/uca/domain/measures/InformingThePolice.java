package org.uca.domain.measures;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/** Contacting the police where the resident has broken the law (policy 4.5); an Assistant Director decides. */
@ValueObject
public record InformingThePolice(String description) implements Measure {
    public InformingThePolice {
        Objects.requireNonNull(description, "description");
    }

    public AuthorityLevel requiredAuthority() {
        return kind().requiredAuthority();
    }

    public MeasureKind kind() {
        return MeasureKind.INFORMING_THE_POLICE;
    }

    public String inPlainEnglish() {
        return "We will contact the police for them to take action: " + description + ".";
    }

    @Override
    public Seq<Refusal.Problem> problems() {
        return Checks.start().text(description, "description", "what the police will be told").problems();
    }

    public InformingThePolice withFreeText(UnaryOperator<String> rewrite) {
        return new InformingThePolice(rewrite.apply(description));
    }
}
