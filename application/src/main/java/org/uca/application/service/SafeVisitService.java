package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.AddressSearch;
import org.uca.application.port.out.ResidentDirectory.Property;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.WorkProperties.Worker;
import org.uca.application.port.out.WorkProperties.Worker.ContractorAccount;
import org.uca.application.port.out.WorkProperties.Worker.ContractorSystem;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.Postcode;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Refusal;
import org.uca.domain.visits.VisitInstructions;

/**
 * The safe-visit look-ups, for a contractor's account or a contractor's machine credential: the instructions of the
 * residents at a property and the markers held on it, or of one resident; each look logged on the cases (or
 * residents) it read before it is answered. A look-up of the properties at an address reads no resident's data and
 * is audited on the asker.
 */
final class SafeVisitService implements SafeVisitQuery {

    private static final Failure UNAVAILABLE = new Failure.Unavailable("The case store cannot be reached just now;"
            + " try again shortly.");

    /** The most words, and characters, of an address a look-up by address takes. */
    private static final int MAX_WORDS = 8;
    private static final int MAX_ADDRESS = 120;

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;
    private final PropertiesOfTheirWork theirWork;

    SafeVisitService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
        this.theirWork = new PropertiesOfTheirWork(commands, ports);
    }

    /** What a look-up read: the answer, and the cases and case-less residents it came from (to log the look on). */
    private record Read(SafeVisit visit, Seq<CaseId> cases, Seq<ResidentId> residents) {
    }

    @Override
    public Either<Failure, SafeVisit> atProperty(StaffId askedBy, String uprn) {
        return checked(uprn).flatMap(property -> {
            PropertiesOfTheirWork.LookUp<Read> within = theirWork.of(new ContractorAccount(askedBy));
            return logged(askedBy, "the safe-visit instructions for property " + property, within.audited(askedBy,
                    Option.none(), commands.read(Task.SAFE_VISIT, askedBy,
                            who -> within.atProperty(property, () -> readProperty(property)))));
        });
    }

    @Override
    public Either<Failure, SafeVisit> forResident(StaffId askedBy, ResidentId resident) {
        PropertiesOfTheirWork.LookUp<Read> within = theirWork.of(new ContractorAccount(askedBy));
        return logged(askedBy, "the safe-visit instructions for the resident", within.audited(askedBy,
                Option.some(resident), commands.read(Task.SAFE_VISIT, askedBy,
                        who -> within.forResident(resident, () -> readResident(resident)))));
    }

    @Override
    public Either<Failure, SafeVisit> atProperty(MachineClient client, String uprn) {
        return checked(uprn).flatMap(property -> {
            PropertiesOfTheirWork.LookUp<Read> within = theirWork.of(new ContractorSystem(client.id()));
            return logged(client.auditedAs(), "the safe-visit instructions for property " + property
                    + " (machine credential " + client.id() + ")", within.audited(client.auditedAs(), Option.none(),
                    asMachine(client, "GET the safe visit at property " + property,
                            () -> within.atProperty(property, () -> readProperty(property)))));
        });
    }

    @Override
    public Either<Failure, SafeVisit> forResident(MachineClient client, ResidentId resident) {
        PropertiesOfTheirWork.LookUp<Read> within = theirWork.of(new ContractorSystem(client.id()));
        return logged(client.auditedAs(), "the safe-visit instructions for the resident (machine credential "
                + client.id() + ")", within.audited(client.auditedAs(), Option.some(resident),
                asMachine(client, "GET the safe visit for a resident",
                        () -> within.forResident(resident, () -> readResident(resident)))));
    }

    @Override
    public Either<Failure, PropertiesFound> propertiesByAddress(StaffId askedBy, String postcode, String address) {
        return addressSearch(postcode, address).flatMap(search -> commands.read(Task.SAFE_VISIT, askedBy,
                who -> Either.right(propertiesFound(new ContractorAccount(askedBy), search)))
                .flatMap(found -> commands.audited(Task.SAFE_VISIT, askedBy, searched(search, found, ""), found)));
    }

    @Override
    public Either<Failure, PropertiesFound> propertiesByAddress(MachineClient client, String postcode,
            String address) {
        return addressSearch(postcode, address).flatMap(search -> asMachine(client, "GET the properties at an"
                + " address", () -> Either.right(propertiesFound(new ContractorSystem(client.id()), search)))
                .flatMap(found -> commands.audited(Task.SAFE_VISIT, client.auditedAs(), searched(search, found,
                        " (machine credential " + client.id() + ")"), found)));
    }

    /**
     * The properties at the address, at most {@link #MAX_PROPERTIES}, within the properties of the contractor's work
     * where the landlord limits them ({@link PropertiesOfTheirWork#within}).
     */
    private PropertiesFound propertiesFound(Worker worker, AddressSearch search) {
        if (!ports.workProperties().limits(worker)) {
            Seq<Property> found = ports.residents().propertiesAt(search, MAX_PROPERTIES + 1);
            return new PropertiesFound(found.take(MAX_PROPERTIES), found.size() > MAX_PROPERTIES);
        }
        // Limited: filtered before it is cut to size, so that neither their own properties are crowded out by
        // others' nor "more" tells them of properties outside their work. A postcode holds far fewer than this.
        Seq<Property> theirs = theirWork.within(worker, ports.residents().propertiesAt(search, AT_ONE_POSTCODE));
        return new PropertiesFound(theirs.take(MAX_PROPERTIES), theirs.size() > MAX_PROPERTIES);
    }

    /** More properties than any one postcode holds (Royal Mail's largest hold a few hundred delivery points). */
    private static final int AT_ONE_POSTCODE = 2000;

    private static String searched(AddressSearch search, PropertiesFound found, String how) {
        return "searched for properties at postcode " + search.postcode()
                + (search.words().isEmpty() ? "" : " with \"" + search.words().mkString(" ") + "\"") + how + ": "
                + (found.more() ? "more than " + MAX_PROPERTIES : String.valueOf(found.properties().size()))
                + " found";
    }

    /** The postcode, required and of a UK postcode's shape, and up to {@link #MAX_WORDS} words of the address. */
    private static Either<Failure, AddressSearch> addressSearch(String postcode, String address) {
        String given = postcode == null ? "" : postcode.strip();
        Option<Postcode> parsed = Postcode.parse(given);
        Seq<String> words = AddressSearch.wordsOf(address);
        List<Refusal.Problem> problems = List.empty();
        if (parsed.isEmpty()) {
            problems = problems.append(new Refusal.Problem("postcode", given.isEmpty()
                    ? "Enter the property's postcode, such as E8 3AB."
                    : "That is not a UK postcode: enter the whole postcode, such as E8 3AB."));
        }
        if (address != null && address.length() > MAX_ADDRESS || words.size() > MAX_WORDS) {
            problems = problems.append(new Refusal.Problem("address", "Enter only the house number or name, or the"
                    + " first line of the address (up to " + MAX_WORDS + " words)."));
        }
        return problems.isEmpty() ? Either.right(new AddressSearch(parsed.get(), words))
                : Either.left(new Failure.Refused(new Refusal(problems)));
    }

    private static Either<Failure, Uprn> checked(String uprn) {
        String given = uprn == null ? "" : uprn.strip();
        return Uprn.isUprn(given) ? Either.right(new Uprn(given))
                : Either.left(new Failure.Refused(Refusal.of("uprn", given.isEmpty()
                        ? "Give the property's UPRN (up to 12 digits)."
                        : "is not a UPRN: a UPRN is up to 12 digits, nothing else.")));
    }

    private Either<Failure, SafeVisit> logged(StaffId who, String what, Either<Failure, Read> read) {
        if (read.isLeft() && read.getLeft() instanceof Failure.NotFound missing) {
            // a look-up that found nothing is a look-up too: audited, so that probing references leaves a trace
            return Either.left(commands.refusedBefore(Task.SAFE_VISIT, who, Option.none(), Option.none(), missing)
                    .getOrElse(missing));
        }
        return read.flatMap(r -> looked.ofCasesAndResidents(who, what, r.cases(), r.residents(),
                Either.right(r.visit())));
    }

    /** The question as a machine credential: only one of the safe-visit scope may ask it; a refusal is audited. */
    private <R> Either<Failure, R> asMachine(MachineClient client, String what,
            java.util.function.Supplier<Either<Failure, R>> query) {
        if (client.scope() != Scope.SAFE_VISIT) {
            Failure refused = new Failure.NotPermitted("A " + client.scope().words() + " machine credential cannot "
                    + Task.SAFE_VISIT.description() + ".");
            return Either.left(commands.refusedBefore(Task.SAFE_VISIT, client.auditedAs(), Option.none(),
                    Option.none(), refused).getOrElse(refused));
        }
        try {
            return ports.unitOfWork().readOnly(query::get);
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
    }

    private Either<Failure, Read> readProperty(Uprn property) {
        Seq<Resident> there = ports.residents().atProperty(property);
        Seq<CaseId> marked = ports.caseQueries().casesHoldingInstructionsOn(property);
        if (there.isEmpty() && marked.isEmpty()) {
            return Either.left(new Failure.NotFound("There is no property with UPRN " + property + " in the housing"
                    + " system, and no instruction is held on it."));
        }
        VisitInstructions instructions = VisitInstructions.none();
        List<CaseId> cases = List.empty();
        List<ResidentId> caseless = List.empty();
        for (Resident resident : there) {
            Option<Case> theirCase = ports.cases().findByResident(resident.id());
            if (theirCase.isDefined()) {
                cases = cases.append(theirCase.get().id());
                instructions = instructions.and(VisitInstructions.forResident(theirCase.get()));
            } else {
                caseless = caseless.append(resident.id());
            }
        }
        for (CaseId id : marked) {
            Option<Case> c = ports.cases().find(id);
            if (c.isDefined()) {
                cases = cases.append(id);
                instructions = instructions.and(VisitInstructions.heldOn(c.get(), property));
            }
        }
        return Either.right(new Read(new SafeVisit(Option.some(property), Option.none(), instructions), cases.distinct(),
                caseless));
    }

    private Either<Failure, Read> readResident(ResidentId resident) {
        Option<Case> theirCase = ports.cases().findByResident(resident);
        if (theirCase.isEmpty() && ports.residents().find(resident).isEmpty()) {
            return Either.left(new Failure.NotFound("There is no resident " + resident + " in the housing system."));
        }
        SafeVisit visit = new SafeVisit(Option.none(), Option.some(resident),
                theirCase.map(VisitInstructions::forResident).getOrElse(VisitInstructions::none));
        return Either.right(theirCase.isDefined() ? new Read(visit, List.of(theirCase.get().id()), List.empty())
                : new Read(visit, List.empty(), List.of(resident)));
    }
}
