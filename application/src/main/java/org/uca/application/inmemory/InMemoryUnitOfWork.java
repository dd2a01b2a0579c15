package org.uca.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.uca.application.port.out.UnitOfWork;

/**
 * All-or-nothing for the in-memory stores: writes made inside a unit of work are held back and applied together
 * when it ends, after every write's precondition (such as a case's expected version) has been checked under one
 * lock. If the work throws, or a precondition fails, nothing is applied.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    /** A write: a check that must still hold at commit, and the change to apply. */
    interface Write {
        void check();

        void apply();

        /** A write with nothing to check, such as appending to a log. */
        static Write unconditional(Runnable apply) {
            return new Write() {
                public void check() {
                }

                public void apply() {
                    apply.run();
                }
            };
        }
    }

    private final ThreadLocal<List<Write>> pending = new ThreadLocal<>();
    private final ReentrantLock commitLock = new ReentrantLock();
    private final java.util.concurrent.atomic.AtomicReference<Runnable> nextCommit =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (pending.get() != null) {
            return work.get(); // joins the unit of work already running on this thread
        }
        List<Write> writes = new ArrayList<>();
        pending.set(writes);
        try {
            T result = work.get();
            commit(writes);
            return result;
        } finally {
            pending.remove();
        }
    }

    /** Applies the write now, or at the end of the current unit of work. */
    void write(Write write) {
        List<Write> writes = pending.get();
        if (writes == null) {
            commit(List.of(write));
        } else {
            write.check(); // fail early; checked again at commit
            writes.add(write);
        }
    }

    /**
     * Runs {@code other} (on another thread, to its end) just before the next unit of work commits, as another server's
     * change landing at that moment would: for tests of what a person is told when they lose such a race.
     */
    public void beforeNextCommit(Runnable other) {
        nextCommit.set(other);
    }

    private void commit(List<Write> writes) {
        Runnable other = nextCommit.getAndSet(null);
        if (other != null) {
            java.util.concurrent.CompletableFuture.runAsync(other).join();
        }
        commitLock.lock();
        try {
            writes.forEach(Write::check);
            writes.forEach(Write::apply);
        } finally {
            commitLock.unlock();
        }
    }
}
