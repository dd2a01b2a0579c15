package org.uca.domain.measures;

import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;

/** Every kind of measure the policy names, grouped as the policy groups them. */
@ValueObject
public enum MeasureKind {
    SINGLE_POINT_OF_CONTACT(Group.CONTACT_STANDARDS, "Single point of contact"),
    CONTACT_TIME_ALLOWANCE(Group.CONTACT_STANDARDS, "Limited contact time"),
    EXCLUDED_CONTACT_METHODS(Group.CONTACT_STANDARDS, "Limited methods of contact"),
    THIRD_PARTY_CORRESPONDENCE_ONLY(Group.CONTACT_STANDARDS, "Correspondence only through a third party"),
    SOCIAL_MEDIA_REMOVAL_REQUEST(Group.CONTACT_STANDARDS, "Request to social media sites to remove posts"),
    NO_TELEPHONE_CALLS(Group.CONTACT_STANDARDS, "No telephone calls until further notice"),
    ACCOMPANIED_PERSONAL_CONTACT_ONLY(Group.CONTACT_STANDARDS, "Personal contact only when accompanied"),
    EXCLUSION_FROM_PERSONAL_CONTACT(Group.CONTACT_STANDARDS, "Exclusion from all personal contact"),
    OFFICE_BAN(Group.CONTACT_STANDARDS, "Ban from our offices"),
    OTHER_CONTACT_STANDARD(Group.CONTACT_STANDARDS, "Other change to contact standards"),

    NO_IMPROVEMENT_APPROVALS(Group.SERVICE_LIMITS, "No approval to make improvements"),
    WITHHELD_PLANNED_WORKS(Group.SERVICE_LIMITS, "Withheld planned works"),
    HEALTH_AND_SAFETY_REPAIRS_ONLY(Group.SERVICE_LIMITS, "Health and safety repairs only"),
    NO_RESIDENT_GROUP_ACCESS(Group.SERVICE_LIMITS, "No resident group membership, meetings or events"),
    VARIED_SERVICE_TIMESCALES(Group.SERVICE_LIMITS, "Service standard timescales varied"),
    NO_COMPLAINTS_PROCESS(Group.SERVICE_LIMITS, "No access to the complaints process"),
    OTHER_SERVICE_LIMIT(Group.SERVICE_LIMITS, "Other limit on services"),

    TENANCY_ACTION(Group.TENANCY_ACTION, "Tenancy action"),
    INFORMING_THE_POLICE(Group.INFORMING_THE_POLICE, "Informing the police");

    /** The policy's four kinds of action, each with the level that authorises it. */
    public enum Group {
        CONTACT_STANDARDS("Changing or varying contact standards", AuthorityLevel.SERVICE_MANAGER),
        SERVICE_LIMITS("Limiting our service", AuthorityLevel.ASSISTANT_DIRECTOR),
        TENANCY_ACTION("Tenancy action", AuthorityLevel.ASSISTANT_DIRECTOR),
        INFORMING_THE_POLICE("Informing the police", AuthorityLevel.ASSISTANT_DIRECTOR);

        private final String label;
        private final AuthorityLevel requiredAuthority;

        Group(String label, AuthorityLevel requiredAuthority) {
            this.label = label;
            this.requiredAuthority = requiredAuthority;
        }

        public String label() {
            return label;
        }

        public AuthorityLevel requiredAuthority() {
            return requiredAuthority;
        }
    }

    private final Group group;
    private final String label;

    MeasureKind(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    public AuthorityLevel requiredAuthority() {
        return group.requiredAuthority();
    }

    /**
     * Whether, with this measure in force, a new complaint or a new issue could go unheard, so the decision must say
     * how they will still be received and considered on their merits (Housing Ombudsman, Complaint Handling Code:
     * a complaint is accepted unless there is a valid reason not to; LGSCO, guidance on managing unreasonable
     * actions: restricting contact must not stop new issues being considered).
     */
    public boolean limitsHowComplaintsReachUs() {
        return switch (this) {
            // the complaints process itself is closed to the resident
            case NO_COMPLAINTS_PROCESS -> true;
            // a complaint sent by a closed method is not answered
            case EXCLUDED_CONTACT_METHODS -> true;
            // what the resident writes themselves is filed, not answered
            case THIRD_PARTY_CORRESPONDENCE_ONLY -> true;
            // once the allowance is used, contact goes unanswered until it renews
            case CONTACT_TIME_ALLOWANCE -> true;
            // a complaint made by telephone is not taken
            case NO_TELEPHONE_CALLS -> true;
            // what is sent to anyone else is filed or redirected, and may wait on one person
            case SINGLE_POINT_OF_CONTACT -> true;
            // these limit how or where we meet the resident, or what a service does, not whether what they send
            // us is read: a complaint still arrives and is answered in the ordinary way
            case SOCIAL_MEDIA_REMOVAL_REQUEST, ACCOMPANIED_PERSONAL_CONTACT_ONLY, EXCLUSION_FROM_PERSONAL_CONTACT,
                    OFFICE_BAN, OTHER_CONTACT_STANDARD, NO_IMPROVEMENT_APPROVALS, WITHHELD_PLANNED_WORKS,
                    HEALTH_AND_SAFETY_REPAIRS_ONLY, NO_RESIDENT_GROUP_ACCESS, VARIED_SERVICE_TIMESCALES,
                    OTHER_SERVICE_LIMIT, TENANCY_ACTION, INFORMING_THE_POLICE -> false;
        };
    }
}
