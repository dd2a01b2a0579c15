package org.uca.application.testbed;

import java.time.Duration;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.service.UcaApplication;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.people.ResidentId;

/**
 * The application on in-memory adapters, with the fixture staff (in their roles) and two residents, and a clock tests
 * move.
 */
public final class Testbed {

    public static final ResidentId ALEX = new ResidentId("R-1001");
    public static final ResidentId BEA = new ResidentId("R-1002");

    public final MovableClock clock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(40)));
    public final InMemoryUca uca = new InMemoryUca(clock::now);
    public final UcaApplication app = uca.application;
    public final Journey journey = new Journey(app, clock);

    public Testbed() {
        StaffRoles.everyone().forEach(e -> uca.staff.add(e._1, e._2));
        uca.residents.add(new Resident(ALEX, "Alex Morgan", "Flat 3, 12 Elm Road, London W10 5AA"));
        uca.residents.add(new Resident(BEA, "Bea Okafor", "4 Canal Walk, London W9 2PP"));
    }
}
