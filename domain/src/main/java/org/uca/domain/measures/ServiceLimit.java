package org.uca.domain.measures;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * Limiting our service (policy 4.4), authorised by an Assistant Director. No limit can take away the resident's
 * right to contact the Housing Ombudsman: there is deliberately no measure that does, and an "other" limit that
 * tries to is refused.
 */
public sealed interface ServiceLimit extends Measure {

    @Override
    default AuthorityLevel requiredAuthority() {
        return kind().requiredAuthority();
    }

    @ValueObject
    record NoImprovementApprovals() implements ServiceLimit {
        public MeasureKind kind() {
            return MeasureKind.NO_IMPROVEMENT_APPROVALS;
        }

        public String inPlainEnglish() {
            return "We will not give approval for you to make improvements to your home.";
        }

        public NoImprovementApprovals withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }
    }

    /** Planned works withheld, for example a kitchen or bathroom replacement. */
    @ValueObject
    record WithheldPlannedWorks(String which) implements ServiceLimit {
        public WithheldPlannedWorks {
            Objects.requireNonNull(which, "which");
        }

        public MeasureKind kind() {
            return MeasureKind.WITHHELD_PLANNED_WORKS;
        }

        public String inPlainEnglish() {
            return "We will withhold these planned works: " + which + ". Necessary planned works and emergency"
                    + " repairs will still be carried out.";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().label(which, "which", "the planned works withheld")
                    .merge(OmbudsmanRoute.leftAloneBy(which, "which")).problems();
        }

        public WithheldPlannedWorks withFreeText(UnaryOperator<String> rewrite) {
            return new WithheldPlannedWorks(rewrite.apply(which));
        }
    }

    @ValueObject
    record HealthAndSafetyRepairsOnly() implements ServiceLimit {
        public MeasureKind kind() {
            return MeasureKind.HEALTH_AND_SAFETY_REPAIRS_ONLY;
        }

        public String inPlainEnglish() {
            return "We will deliver a health and safety repairs service only.";
        }

        public HealthAndSafetyRepairsOnly withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }
    }

    @ValueObject
    record NoResidentGroupAccess() implements ServiceLimit {
        public MeasureKind kind() {
            return MeasureKind.NO_RESIDENT_GROUP_ACCESS;
        }

        public String inPlainEnglish() {
            return "You may not be a member of any resident group or attend resident meetings or events.";
        }

        public NoResidentGroupAccess withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }
    }

    /** Our service standard timescales may not apply or may be varied (policy 3.4). */
    @ValueObject
    record VariedServiceTimescales(String which) implements ServiceLimit {
        public VariedServiceTimescales {
            Objects.requireNonNull(which, "which");
        }

        public MeasureKind kind() {
            return MeasureKind.VARIED_SERVICE_TIMESCALES;
        }

        public String inPlainEnglish() {
            return "Our service standard timescales will not apply, or will be varied, for: " + which + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().label(which, "which", "the service standards varied")
                    .merge(OmbudsmanRoute.leftAloneBy(which, "which")).problems();
        }

        public VariedServiceTimescales withFreeText(UnaryOperator<String> rewrite) {
            return new VariedServiceTimescales(rewrite.apply(which));
        }
    }

    /** No access to our complaints process; the Housing Ombudsman can still be contacted. */
    @ValueObject
    record NoComplaintsProcess() implements ServiceLimit {
        public MeasureKind kind() {
            return MeasureKind.NO_COMPLAINTS_PROCESS;
        }

        public String inPlainEnglish() {
            return "You will not have access to our complaints process. You still have the right to contact the"
                    + " Housing Ombudsman.";
        }

        public NoComplaintsProcess withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }
    }

    /** The policy's list is not exhaustive: another limit, described. */
    @ValueObject
    record OtherServiceLimit(String description) implements ServiceLimit {
        public OtherServiceLimit {
            Objects.requireNonNull(description, "description");
        }

        public MeasureKind kind() {
            return MeasureKind.OTHER_SERVICE_LIMIT;
        }

        public String inPlainEnglish() {
            return description;
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start()
                    .text(description, "description", "a description of the limit on services")
                    .merge(Measure.leavesTheOmbudsmanRouteAlone(description))
                    .problems();
        }

        public OtherServiceLimit withFreeText(UnaryOperator<String> rewrite) {
            return new OtherServiceLimit(rewrite.apply(description));
        }
    }
}
