package org.uca.domain.measures;

import io.vavr.collection.Seq;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * Changing or varying our contact standards (policy 4.3), authorised by a Service Manager. Emergency repairs and
 * necessary planned works always go ahead, whatever the contact standards.
 */
public sealed interface ContactStandard extends Measure, AppliesToServices {

    @Override
    ContactStandard withScope(ServiceScope scope);

    /** A measure whose details need no checking still says which services it applies to. */
    @Override
    default Seq<Refusal.Problem> problems() {
        return scope().problems();
    }

    @Override
    default AuthorityLevel requiredAuthority() {
        return kind().requiredAuthority();
    }

    /** A single point of contact for enquiries: one named officer. */
    @ValueObject
    record SinglePointOfContact(StaffId officer, String officerName, ServiceScope scope) implements ContactStandard {
        public SinglePointOfContact {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(officerName, "officerName");
        }

        /** For all our services. */
        public SinglePointOfContact(StaffId officer, String officerName) {
            this(officer, officerName, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.SINGLE_POINT_OF_CONTACT;
        }

        public String inPlainEnglish() {
            return "Your single point of contact for all enquiries is " + officerName + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().label(officerName, "officerName", "the name of the single point of contact")
                    .merge(scope.problems()).problems();
        }

        public SinglePointOfContact withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public SinglePointOfContact withScope(ServiceScope scope) {
            return new SinglePointOfContact(officer, officerName, scope);
        }
    }

    /** Contact time limited to a number of minutes each week or month. */
    @ValueObject
    record ContactTimeAllowance(int minutes, AllowancePeriod per, ServiceScope scope) implements ContactStandard {
        public ContactTimeAllowance {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(per, "per");
        }

        /** For all our services. */
        public ContactTimeAllowance(int minutes, AllowancePeriod per) {
            this(minutes, per, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.CONTACT_TIME_ALLOWANCE;
        }

        public String inPlainEnglish() {
            return "We will limit our contact with you to " + minutes + " minutes each " + per.label() + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start()
                    .require(minutes > 0, "minutes", "A contact time allowance must be at least one minute.")
                    .require(minutes <= per.maximumMinutes(), "minutes",
                            "A contact time allowance of more than " + per.maximumMinutes() + " minutes a "
                                    + per.label() + " is no limit at all.")
                    .merge(scope.problems()).problems();
        }

        public ContactTimeAllowance withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public ContactTimeAllowance withScope(ServiceScope scope) {
            return new ContactTimeAllowance(minutes, per, scope);
        }
    }

    /** Some methods of contact excluded, for example email because of an unreasonable number of emails. */
    @ValueObject
    record ExcludedContactMethods(Set<Channel> excluded, ServiceScope scope) implements ContactStandard {
        public ExcludedContactMethods {
            Objects.requireNonNull(scope, "scope");
            excluded = excluded.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excluded));
        }

        /** For all our services. */
        public ExcludedContactMethods(Set<Channel> excluded) {
            this(excluded, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.EXCLUDED_CONTACT_METHODS;
        }

        public String inPlainEnglish() {
            return "We will not accept contact from you by "
                    + excluded.stream().sorted().map(Channel::label).collect(Collectors.joining(", ")) + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start()
                    .require(!excluded.isEmpty(), "excluded", "Choose at least one method of contact to exclude.")
                    .require(excluded.size() < Channel.values().length, "excluded",
                            "At least one method of contact must stay open; to stop all contact use a third party.")
                    .merge(scope.problems()).problems();
        }

        public ExcludedContactMethods withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public ExcludedContactMethods withScope(ServiceScope scope) {
            return new ExcludedContactMethods(excluded, scope);
        }
    }

    /** Correspondence only through an appropriate third party. */
    @ValueObject
    record ThirdPartyCorrespondenceOnly(String thirdParty, ServiceScope scope) implements ContactStandard {
        public ThirdPartyCorrespondenceOnly {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(thirdParty, "thirdParty");
        }

        /** For all our services. */
        public ThirdPartyCorrespondenceOnly(String thirdParty) {
            this(thirdParty, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.THIRD_PARTY_CORRESPONDENCE_ONLY;
        }

        public String inPlainEnglish() {
            return "We will only correspond with you through " + thirdParty + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().label(thirdParty, "thirdParty", "the appropriate third party")
                    .merge(scope.problems()).problems();
        }

        public ThirdPartyCorrespondenceOnly withFreeText(UnaryOperator<String> rewrite) {
            return new ThirdPartyCorrespondenceOnly(rewrite.apply(thirdParty), scope);
        }

        public ThirdPartyCorrespondenceOnly withScope(ServiceScope scope) {
            return new ThirdPartyCorrespondenceOnly(thirdParty, scope);
        }
    }

    /** A request to social media sites to remove offensive, abusive or defamatory posts. */
    @ValueObject
    record SocialMediaRemovalRequest(String postsAndSites, ServiceScope scope) implements ContactStandard {
        public SocialMediaRemovalRequest {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(postsAndSites, "postsAndSites");
        }

        /** For all our services. */
        public SocialMediaRemovalRequest(String postsAndSites) {
            this(postsAndSites, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.SOCIAL_MEDIA_REMOVAL_REQUEST;
        }

        public String inPlainEnglish() {
            return "We will ask the social media sites concerned to remove these messages: " + postsAndSites + ".";
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().text(postsAndSites, "postsAndSites", "the posts and the sites they are on")
                    .merge(scope.problems()).problems();
        }

        public SocialMediaRemovalRequest withFreeText(UnaryOperator<String> rewrite) {
            return new SocialMediaRemovalRequest(rewrite.apply(postsAndSites), scope);
        }

        public SocialMediaRemovalRequest withScope(ServiceScope scope) {
            return new SocialMediaRemovalRequest(postsAndSites, scope);
        }
    }

    /** We end abusive calls and, if this continues, take no telephone calls until further notice. */
    @ValueObject
    record NoTelephoneCalls(ServiceScope scope) implements ContactStandard {
        public NoTelephoneCalls {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public NoTelephoneCalls() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.NO_TELEPHONE_CALLS;
        }

        public String inPlainEnglish() {
            return "We will no longer take telephone calls from you until further notice; please contact us in"
                    + " another way.";
        }

        public NoTelephoneCalls withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public NoTelephoneCalls withScope(ServiceScope scope) {
            return new NoTelephoneCalls(scope);
        }
    }

    /** Extreme cases: personal contact only when staff are accompanied. */
    @ValueObject
    record AccompaniedPersonalContactOnly(ServiceScope scope) implements ContactStandard {
        public AccompaniedPersonalContactOnly {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public AccompaniedPersonalContactOnly() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.ACCOMPANIED_PERSONAL_CONTACT_ONLY;
        }

        public String inPlainEnglish() {
            return "Our staff, contractors and resident group members will only have personal contact with you"
                    + " when accompanied.";
        }

        public AccompaniedPersonalContactOnly withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public AccompaniedPersonalContactOnly withScope(ServiceScope scope) {
            return new AccompaniedPersonalContactOnly(scope);
        }
    }

    /** Extreme cases: no personal contact at all, except for emergency repairs and necessary planned works. */
    @ValueObject
    record ExclusionFromPersonalContact(ServiceScope scope) implements ContactStandard {
        public ExclusionFromPersonalContact {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public ExclusionFromPersonalContact() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT;
        }

        public String inPlainEnglish() {
            return "You are excluded from all personal contact with our staff, contractors and governance /"
                    + " resident group members, except for emergency repairs and necessary planned works.";
        }

        public ExclusionFromPersonalContact withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public ExclusionFromPersonalContact withScope(ServiceScope scope) {
            return new ExclusionFromPersonalContact(scope);
        }
    }

    /** Extreme cases: a ban from our offices. */
    @ValueObject
    record OfficeBan(ServiceScope scope) implements ContactStandard {
        public OfficeBan {
            Objects.requireNonNull(scope, "scope");
        }

        /** For all our services. */
        public OfficeBan() {
            this(ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.OFFICE_BAN;
        }

        public String inPlainEnglish() {
            return "You may not visit our offices.";
        }

        public OfficeBan withFreeText(UnaryOperator<String> rewrite) {
            return this;
        }

        public OfficeBan withScope(ServiceScope scope) {
            return new OfficeBan(scope);
        }
    }

    /** The policy's list is not exhaustive: another change to contact standards, described. */
    @ValueObject
    record OtherContactStandard(String description, ServiceScope scope) implements ContactStandard {
        public OtherContactStandard {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(description, "description");
        }

        /** For all our services. */
        public OtherContactStandard(String description) {
            this(description, ServiceScope.ALL);
        }

        public MeasureKind kind() {
            return MeasureKind.OTHER_CONTACT_STANDARD;
        }

        public String inPlainEnglish() {
            return description;
        }

        @Override
        public Seq<Refusal.Problem> problems() {
            return Checks.start().text(description, "description", "a description of the change to contact standards")
                    .merge(Measure.leavesTheOmbudsmanRouteAlone(description))
                    .merge(scope.problems()).problems();
        }

        public OtherContactStandard withFreeText(UnaryOperator<String> rewrite) {
            return new OtherContactStandard(rewrite.apply(description), scope);
        }

        public OtherContactStandard withScope(ServiceScope scope) {
            return new OtherContactStandard(description, scope);
        }
    }

    /** The period a contact time allowance renews over. */
    enum AllowancePeriod {
        WEEK("week", 7 * 24 * 60), MONTH("month", 31 * 24 * 60);

        private final String label;
        private final int maximumMinutes;

        AllowancePeriod(String label, int maximumMinutes) {
            this.label = label;
            this.maximumMinutes = maximumMinutes;
        }

        public String label() {
            return label;
        }

        int maximumMinutes() {
            return maximumMinutes;
        }
    }
}
