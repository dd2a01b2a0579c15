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
public sealed interface ServiceLimit extends Measure, AppliesToServices {

    @Override
    ServiceLimit withScope(ServiceScope scope);

    /** A measure whose details need no checking still says which services it applies to. */
    @Override
    default Seq<Refusal.Problem> problems() {
        return scope().problems();
    }

    @Override
    default AuthorityLevel requiredAuthority() {
        return kind().requiredAuthority();
    }

    @ValueObject
    record NoImprovementApprovals(ServiceScope scope) implements ServiceLimit {
        public NoImprovementApprovals {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public NoImprovementApprovals() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.NO_IMPROVEMENT_APPROVALS;
        }

        public String inPlainEnglish() {
            return "We will not give approval for you to make improvements to your home.";
        }

        public NoImprovementApprovals withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public NoImprovementApprovals withScope(ServiceScope scope) {
            return new NoImprovementApprovals(scope);
        }
    }

    /** Planned works withheld, for example a kitchen or bathroom replacement. */
    @ValueObject
    record WithheldPlannedWorks(String which, ServiceScope scope) implements ServiceLimit {
        public WithheldPlannedWorks {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(which, "which");
        }

        /** For all our services. */
        public WithheldPlannedWorks(String which) {
            this(which, ServiceScope.ALL);
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
                    .merge(OmbudsmanRoute.leftAloneBy(which, "which"))
                    .merge(scope.problems()).problems();
        }

        public WithheldPlannedWorks withFreeText(UnaryOperator<String> rewrite) {
            return new WithheldPlannedWorks(rewrite.apply(which), scope);
        }

        public WithheldPlannedWorks withScope(ServiceScope scope) {
            return new WithheldPlannedWorks(which, scope);
        }
    }

    @ValueObject
    record HealthAndSafetyRepairsOnly(ServiceScope scope) implements ServiceLimit {
        public HealthAndSafetyRepairsOnly {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public HealthAndSafetyRepairsOnly() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.HEALTH_AND_SAFETY_REPAIRS_ONLY;
        }

        public String inPlainEnglish() {
            return "We will deliver a health and safety repairs service only.";
        }

        public HealthAndSafetyRepairsOnly withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public HealthAndSafetyRepairsOnly withScope(ServiceScope scope) {
            return new HealthAndSafetyRepairsOnly(scope);
        }
    }

    @ValueObject
    record NoResidentGroupAccess(ServiceScope scope) implements ServiceLimit {
        public NoResidentGroupAccess {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public NoResidentGroupAccess() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.NO_RESIDENT_GROUP_ACCESS;
        }

        public String inPlainEnglish() {
            return "You may not be a member of any resident group or attend resident meetings or events.";
        }

        public NoResidentGroupAccess withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public NoResidentGroupAccess withScope(ServiceScope scope) {
            return new NoResidentGroupAccess(scope);
        }
    }

    /** Our service standard timescales may not apply or may be varied (policy 3.4). */
    @ValueObject
    record VariedServiceTimescales(String which, ServiceScope scope) implements ServiceLimit {
        public VariedServiceTimescales {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(which, "which");
        }

        /** For all our services. */
        public VariedServiceTimescales(String which) {
            this(which, ServiceScope.ALL);
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
                    .merge(OmbudsmanRoute.leftAloneBy(which, "which"))
                    .merge(scope.problems()).problems();
        }

        public VariedServiceTimescales withFreeText(UnaryOperator<String> rewrite) {
            return new VariedServiceTimescales(rewrite.apply(which), scope);
        }

        public VariedServiceTimescales withScope(ServiceScope scope) {
            return new VariedServiceTimescales(which, scope);
        }
    }

    /** No access to our complaints process; the Housing Ombudsman can still be contacted. */
    @ValueObject
    record NoComplaintsProcess(ServiceScope scope) implements ServiceLimit {
        public NoComplaintsProcess {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public NoComplaintsProcess() {
            this(ServiceScope.ALL);
        }

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

        public NoComplaintsProcess withScope(ServiceScope scope) {
            return new NoComplaintsProcess(scope);
        }
    }

    /** The policy's list is not exhaustive: another limit, described. */
    @ValueObject
    record OtherServiceLimit(String description, ServiceScope scope) implements ServiceLimit {
        public OtherServiceLimit {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(description, "description");
        }

        /** For all our services. */
        public OtherServiceLimit(String description) {
            this(description, ServiceScope.ALL);
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
                    .merge(scope.problems()).problems();
        }

        public OtherServiceLimit withFreeText(UnaryOperator<String> rewrite) {
            return new OtherServiceLimit(rewrite.apply(description), scope);
        }

        public OtherServiceLimit withScope(ServiceScope scope) {
            return new OtherServiceLimit(description, scope);
        }
    }
}
