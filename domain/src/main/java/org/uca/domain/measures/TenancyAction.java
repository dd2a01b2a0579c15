package org.uca.domain.measures;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/** Tenancy action where the resident's actions breach their tenancy (policy 4.5); an Assistant Director decides. */
@ValueObject
public record TenancyAction(String description) implements Measure {
    public TenancyAction {
        Objects.requireNonNull(description, "description");
    }

    public AuthorityLevel requiredAuthority() {
        return kind().requiredAuthority();
    }

    public MeasureKind kind() {
        return MeasureKind.TENANCY_ACTION;
    }

    public String inPlainEnglish() {
        return "We will take tenancy action against you: " + description
                + ". Your home could be at risk, so you need to stop the unacceptable behaviour immediately.";
    }

    @Override
    public Seq<Refusal.Problem> problems() {
        return Checks.start().text(description, "description", "the tenancy action to be taken").problems();
    }

    public TenancyAction withFreeText(UnaryOperator<String> rewrite) {
        return new TenancyAction(rewrite.apply(description));
    }
}
