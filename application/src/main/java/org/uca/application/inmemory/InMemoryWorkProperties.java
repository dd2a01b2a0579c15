package org.uca.application.inmemory;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import org.uca.application.port.out.WorkProperties;
import org.uca.domain.people.Uprn;

/** The properties of each contractor's work in memory; a change applied when the unit of work ends. */
public final class InMemoryWorkProperties implements WorkProperties {

    private static final Comparator<Uprn> BY_UPRN = Comparator.comparing(Uprn::value);

    private final ConcurrentHashMap<String, SortedSet<Uprn>> byWorker = new ConcurrentHashMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryWorkProperties(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Option<Seq<Uprn>> of(Worker worker) {
        return Option.of(byWorker.get(worker.key())).map(SortedSet::toList);
    }

    @Override
    public boolean limits(Worker worker) {
        return byWorker.containsKey(worker.key());
    }

    @Override
    public Option<Integer> count(Worker worker) {
        return Option.of(byWorker.get(worker.key())).map(SortedSet::size);
    }

    @Override
    public boolean includes(Worker worker, Uprn property) {
        return Option.of(byWorker.get(worker.key())).exists(s -> s.contains(property));
    }

    @Override
    public void replace(Worker worker, Option<Seq<Uprn>> properties) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            if (properties.isEmpty()) {
                byWorker.remove(worker.key());
            } else {
                byWorker.put(worker.key(), TreeSet.ofAll(BY_UPRN, properties.get()));
            }
        }));
    }
}
