package org.uca.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.guidance.ContactGuidance;

/**
 * The contact centre's question, answered by the domain alone: how long does working out the guidance for a
 * resident take, and how much does it allocate? Run with {@code -prof gc} for the allocation rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContactGuidanceBenchmark {

    private Case unrestricted;
    private Case typicalRestriction;
    private Case heavilyRestricted;
    private Instant now;

    @Setup
    public void build() {
        now = Fixtures.NOW;
        unrestricted = ACase.aCase().withAction(Reports::verbalAbuse).build();
        typicalRestriction = ACase.withContactStandardsInForce();
        heavilyRestricted = ACase.aCase().withAction(Reports::verbalAbuse).warned()
                .withFurtherAction(Reports::disproportionateContact)
                .authorised(Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek(), Measures.noEmail(),
                        Measures.accompaniedOnly(), Measures.noComplaintsProcess(),
                        Measures.healthAndSafetyRepairsOnly(), Measures.withheldKitchenReplacement())
                .withContact(20, org.uca.domain.shared.Channel.PHONE)
                .build();
    }

    @Benchmark
    public ContactGuidance unrestrictedResident() {
        return ContactGuidance.forCase(unrestricted, now);
    }

    @Benchmark
    public ContactGuidance typicalContactStandards() {
        return ContactGuidance.forCase(typicalRestriction, now);
    }

    @Benchmark
    public ContactGuidance sevenMeasuresInForce() {
        return ContactGuidance.forCase(heavilyRestricted, now);
    }
}
