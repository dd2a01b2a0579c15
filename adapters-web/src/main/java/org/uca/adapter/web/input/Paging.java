package org.uca.adapter.web.input;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.domain.shared.Refusal;

/**
 * The {@code page} and {@code size} query parameters of a paginated list (page from 1; size up to the use case's
 * limit, which the use case checks): absent means the first page of the default size, and anything that is not a
 * whole number is a field error.
 */
public record Paging(int page, int size) {

    public static Either<Refusal, Paging> of(String page, String size) {
        Either<Refusal.Problem, Integer> p = number("page", page, 1, "The page is a whole number from 1.");
        Either<Refusal.Problem, Integer> s = number("size", size, FindResidentsQuery.MAX_RESULTS,
                "The page size is a whole number from 1 to " + FindResidentsQuery.MAX_PAGE_SIZE + ".");
        List<Refusal.Problem> problems = List.of(p, s).filter(Either::isLeft).map(Either::getLeft);
        return problems.isEmpty() ? Either.right(new Paging(p.get(), s.get())) : Either.left(new Refusal(problems));
    }

    /**
     * The {@code page} alone, for a list whose size is fixed (1 when absent); anything but a whole number from 1 is
     * refused, naming it.
     */
    public static Either<Refusal, Integer> page(String page) {
        return of(page, null).map(Paging::page).filterOrElse(p -> p >= 1,
                p -> Refusal.of("page", "The page is a whole number from 1."));
    }

    /** A second page number of the same list's address, named (1 when absent), checked as {@link #page(String)}. */
    public static Either<Refusal, Integer> page(String name, String page) {
        return number(name, page, 1, "The " + name + " is a whole number from 1.").mapLeft(p -> new Refusal(List.of(p)))
                .filterOrElse(p -> p >= 1, p -> Refusal.of(name, "The " + name + " is a whole number from 1."));
    }

    private static Either<Refusal.Problem, Integer> number(String name, String given, int otherwise, String reason) {
        if (given == null || given.isBlank()) {
            return Either.right(otherwise);
        }
        try {
            return Either.right(Integer.parseInt(given.strip()));
        } catch (NumberFormatException e) {
            return Either.left(new Refusal.Problem(name, reason));
        }
    }
}
