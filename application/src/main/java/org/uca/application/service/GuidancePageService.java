package org.uca.application.service;

import org.uca.application.port.in.Task;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.Case;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** A resident's page: who they are, the contact guidance now and their case, if any, in one read. */
final class GuidancePageService implements GuidancePageQuery {

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;

    GuidancePageService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
    }

    @Override
    public Either<Failure, GuidancePage> guidancePage(StaffId askedBy, ResidentId resident, Shown shown,
            Option<LandlordService> service) {
        return commands.read(Task.READ_CONTACT_GUIDANCE, askedBy, who -> {
            Option<Case> c = ports.cases().findByResident(resident);
            if (c.isDefined()) {
                return Either.right(new GuidancePage(Residents.of(ports, c.get()),
                        ContactGuidance.from(GuidanceFacts.of(c.get()), ports.clock().now(), service), Option.some(c.get().id()),
                        new CaseVersion(c.get().version())));
            }
            // No case: the resident must at least be known, so a mistyped reference is not read as "no limits".
            return ports.residents().find(resident)
                    .map(r -> new GuidancePage(r, ContactGuidance.unrestricted(resident), Option.none(),
                            CaseVersion.NO_CASE_YET))
                    .toEither(() -> new Failure.NotFound("There is no resident " + resident
                            + " in the housing system."));
        }).flatMap(page -> looked.shown(askedBy, shown.what(), page.caseId(),
                Option.some(resident), Either.right(page)));
    }
}
