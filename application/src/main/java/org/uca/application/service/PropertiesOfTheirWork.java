package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Property;
import org.uca.application.port.out.WorkProperties.Worker;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;

/**
 * The rule that keeps a limited contractor to the properties of their work (issue 14 §1): a property on their list,
 * or a resident the housing system has at one now. Checked before anything about the property or resident is read
 * for the answer, and refused in the same words whether or not it exists, so that a contractor cannot learn of a
 * property or a resident outside their work by asking. A refusal is audited as the task's other refusals are.
 */
final class PropertiesOfTheirWork {

    private final CaseCommands commands;
    private final Ports ports;

    PropertiesOfTheirWork(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    /** One look-up: its question, run only within the worker's properties, and the refusal if it was not. */
    final class LookUp<R> {
        private final Worker worker;
        private Failure outside;

        private LookUp(Worker worker) {
            this.worker = worker;
        }

        /** Inside the unit of work: the property's question, if the property is one of the worker's. */
        Either<Failure, R> atProperty(Uprn property, Supplier<Either<Failure, R>> question) {
            return covers(property) ? question.get() : refused("Property " + property + " is not one of the"
                    + " properties of your work; ask the landlord to add it.");
        }

        /** Inside the unit of work: the resident's question, if they live at one of the worker's properties now. */
        Either<Failure, R> forResident(ResidentId resident, Supplier<Either<Failure, R>> question) {
            boolean covered = !ports.workProperties().limits(worker) || ports.residents().find(resident)
                    .flatMap(r -> r.uprn()).filter(Uprn::isUprn)
                    .exists(uprn -> ports.workProperties().includes(worker, new Uprn(uprn)));
            return covered ? question.get() : refused("Resident " + resident + " is not at one of the properties of"
                    + " your work; ask the landlord to add their property.");
        }

        /** After the unit of work: the answer, with a refusal outside the worker's properties audited. */
        Either<Failure, R> audited(StaffId auditedAs, Option<ResidentId> about, Either<Failure, R> answer) {
            if (outside == null) {
                return answer;
            }
            return Either.left(commands.refusedBefore(Task.SAFE_VISIT, auditedAs, Option.none(), about, outside)
                    .getOrElse(outside));
        }

        private boolean covers(Uprn property) {
            return !ports.workProperties().limits(worker) || ports.workProperties().includes(worker, property);
        }

        private Either<Failure, R> refused(String why) {
            outside = new Failure.NotPermitted(why);
            return Either.left(outside);
        }
    }

    /**
     * Inside the unit of work: of the properties found (by address), those a limited worker may look up — on their
     * list, so never one without a UPRN — and all of them for a worker who is not limited. One read of the list.
     */
    Seq<Property> within(Worker worker, Seq<Property> found) {
        Option<Seq<Uprn>> theirs = ports.workProperties().of(worker);
        if (theirs.isEmpty()) {
            return found;
        }
        java.util.Set<Uprn> listed = theirs.get().toJavaSet();
        return found.filter(p -> p.uprn().exists(listed::contains));
    }

    <R> LookUp<R> of(Worker worker) {
        return new LookUp<>(worker);
    }
}
