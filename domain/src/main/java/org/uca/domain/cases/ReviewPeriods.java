package org.uca.domain.cases;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.people.AuthorityLevel;

/**
 * How soon each kind of action is usually reviewed, in months (issue 15 §4): what the authorise form fills in, for
 * whoever authorises to change. Restrictions should not stay in place indefinitely (LGSCO), and a limit on services
 * weighs more than a change to how contact is made, so by default it is reviewed sooner. Each is from one month to
 * {@value Case#MAX_MONTHS_TO_REVIEW}, the longest a review may be set.
 */
@ValueObject
public record ReviewPeriods(int contactStandards, int serviceLimits, int tenancyAction, int informingThePolice) {

    public ReviewPeriods {
        for (int months : new int[] {contactStandards, serviceLimits, tenancyAction, informingThePolice}) {
            if (months < 1 || months > Case.MAX_MONTHS_TO_REVIEW) {
                throw new IllegalArgumentException("A review period is from 1 to " + Case.MAX_MONTHS_TO_REVIEW
                        + " months, not " + months + ".");
            }
        }
    }

    /** Unless the landlord sets others: contact standards 6 months, service limits 3, tenancy action and police 6. */
    public static ReviewPeriods usual() {
        return new ReviewPeriods(6, 3, 6, 6);
    }

    /** The period for these measures together: the shortest of theirs, since one review covers the decision. */
    public int monthsFor(Seq<? extends Measure> measures) {
        return measures.map(this::monthsFor).min().getOrElse(contactStandards);
    }

    public int monthsFor(Measure measure) {
        if (measure instanceof ContactStandard) {
            return contactStandards;
        } else if (measure instanceof ServiceLimit) {
            return serviceLimits;
        } else if (measure instanceof TenancyAction) {
            return tenancyAction;
        }
        return informingThePolice;
    }

    /**
     * The earliest review any measure this authoriser may authorise could need (policy 4.2): what the form fills in
     * before the measures are chosen. A Service Manager changes contact standards only, and gets their period.
     */
    public int shortestFor(AuthorityLevel authoriser) {
        return authoriser.isAtLeast(AuthorityLevel.ASSISTANT_DIRECTOR)
                ? Math.min(Math.min(contactStandards, serviceLimits), Math.min(tenancyAction, informingThePolice))
                : contactStandards;
    }

    /** The usual review date for these measures decided on that day. */
    public LocalDate reviewDate(Seq<? extends Measure> measures, LocalDate decidedOn) {
        return decidedOn.plusMonths(monthsFor(measures));
    }

    /** Each kind with its period, as a hint reads it. */
    public String describe() {
        return List.of("contact standards " + contactStandards, "service limits " + serviceLimits,
                "tenancy action " + tenancyAction, "informing the police " + informingThePolice)
                .mkString("", " months, ", " months");
    }
}
