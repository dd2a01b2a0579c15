package org.uca.application.port.in;

import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.Function;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.shared.Refusal;

/**
 * Why a use case did not do what was asked. Nothing was changed; the attempt was audited. Map it with
 * {@link #fold}: a new kind of failure adds a parameter there, so no front end can compile without mapping it.
 */
public sealed interface Failure {

    String message();

    /** One function per kind of failure: a caller that maps failures this way must handle every kind. */
    <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
            Function<? super NotPermitted, ? extends T> notPermitted, Function<? super Conflict, ? extends T> conflict,
            Function<? super Stale, ? extends T> stale, Function<? super Unavailable, ? extends T> unavailable);

    /** The policy does not allow it, or the input is wrong: the refusal names the fields. */
    record Refused(Refusal refusal) implements Failure {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        public String message() {
            return refusal.message();
        }

        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return refused.apply(this);
        }
    }

    /** The case, resident, decision or appeal asked about does not exist. */
    record NotFound(String message) implements Failure {
        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return notFound.apply(this);
        }
    }

    /**
     * The acting member of staff may not do this: their role does not allow it (see {@link AccessPolicy}), they
     * have no role in UCA, or the staff directory does not know them.
     */
    record NotPermitted(String message) implements Failure {
        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return notPermitted.apply(this);
        }
    }

    /** Someone else changed the case at the same time; reload and try again. */
    record Conflict(String message) implements Failure {
        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return conflict.apply(this);
        }
    }

    /**
     * The change was asked for from an earlier version of the case than the one now stored: someone changed the case
     * since the person looked at it, so nothing was saved. Says what changed since, so they can decide again.
     */
    record Stale(String message, CaseVersion current, Seq<CaseEvent> changedSince) implements Failure {
        public Stale {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(changedSince, "changedSince");
        }

        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return stale.apply(this);
        }
    }

    /**
     * The case store cannot be reached just now; try again shortly. Nothing was changed, unless the message says the
     * store went away while saving (then the change may have been saved).
     */
    record Unavailable(String message) implements Failure {
        @Override
        public <T> T fold(Function<? super Refused, ? extends T> refused, Function<? super NotFound, ? extends T> notFound,
                Function<? super NotPermitted, ? extends T> notPermitted,
                Function<? super Conflict, ? extends T> conflict, Function<? super Stale, ? extends T> stale,
                Function<? super Unavailable, ? extends T> unavailable) {
            return unavailable.apply(this);
        }
    }
}
