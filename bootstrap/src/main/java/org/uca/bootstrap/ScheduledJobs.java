package org.uca.bootstrap;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UCA's scheduled jobs, on db-scheduler: each job is a recurring task whose next run is one row of the database's
 * {@code scheduled_tasks} table (V16). A process runs a due job only after marking that row as picked, in one UPDATE
 * on the row's version, so when several UCA processes share one database each run is made by exactly one of them,
 * whichever looks first; a run that fell due while every process was stopped is made at the next start. A job
 * interrupted by a crash is taken up again by a surviving process once its heartbeats stop (db-scheduler's dead
 * execution check).
 */
final class ScheduledJobs implements AutoCloseable {

    /**
     * One job.
     *
     * @param name     its key in {@code scheduled_tasks}: keep it when the schedule changes (the next run is then
     *                 moved to the new schedule at the next start)
     * @param schedule when it runs
     * @param work     what it does; a failure is logged and the job runs again at its next turn
     */
    record Job(String name, Schedule schedule, Runnable work) {
        Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(work, "work");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    /** How long a stop waits for a job under way before interrupting it (its transaction then rolls back). */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Scheduler scheduler;

    private ScheduledJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Creates each job's row if it is not there yet (its first run at the schedule's first time), then looks for due
     * runs every {@code pollEvery}.
     */
    static ScheduledJobs start(DataSource store, List<Job> jobs, Duration pollEvery) {
        return start(store, jobs, pollEvery, UnaryOperator.identity());
    }

    /**
     * As {@link #start(DataSource, List, Duration)}, with db-scheduler's builder then adjusted (the tests give it
     * their clock, a name per server and listeners).
     */
    static ScheduledJobs start(DataSource store, List<Job> jobs, Duration pollEvery,
            UnaryOperator<SchedulerBuilder> adjust) {
        List<RecurringTask<Void>> tasks = jobs.stream().map(job -> Tasks.recurring(job.name(), job.schedule())
                .execute((instance, context) -> {
                    job.work().run();
                    LOG.info("Scheduled job {} (due {}) done on {}", job.name(),
                            context.getExecution().executionTime, context.getExecution().pickedBy);
                })).toList();
        Scheduler scheduler = adjust.apply(Scheduler.create(store)
                        .startTasks(tasks)
                        .threads(Math.max(1, tasks.size()))
                        .pollingInterval(pollEvery)
                        .schedulerName(new SchedulerName.Fixed(processName()))
                        .alwaysPersistTimestampInUTC()
                        .shutdownMaxWait(STOP_WAIT))
                .build();
        scheduler.start();
        return new ScheduledJobs(scheduler);
    }

    /** This process in {@code scheduled_tasks.picked_by}: the host and the process id (two may share a host). */
    private static String processName() {
        String host = new SchedulerName.Hostname().getName();
        String pid = " pid " + ProcessHandle.current().pid();
        return host.substring(0, Math.min(host.length(), 100 - pid.length())) + pid;
    }

    /** Stops looking for due runs and lets a job under way finish (up to {@link #STOP_WAIT}, then interrupts it). */
    @Override
    public void close() {
        scheduler.stop();
    }
}
