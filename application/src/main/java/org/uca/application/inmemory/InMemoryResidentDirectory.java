package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.Uprn;

/** A resident directory in memory, standing in for the landlord's housing system. */
public final class InMemoryResidentDirectory implements ResidentDirectory {

    private final ConcurrentSkipListMap<String, Resident> residents = new ConcurrentSkipListMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    /** A directory whose {@link #store} is applied at once. */
    public InMemoryResidentDirectory() {
        this(new InMemoryUnitOfWork());
    }

    /** A directory whose {@link #store} is applied when the unit of work ends, with everything else in it. */
    public InMemoryResidentDirectory(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public InMemoryResidentDirectory add(Resident resident) {
        residents.put(resident.id().value(), resident);
        return this;
    }

    /** Every resident held, in reference order (the monitoring's whole tenancy). */
    Seq<Resident> all() {
        return List.ofAll(residents.values());
    }

    @Override
    public Option<Resident> find(ResidentId id) {
        return Option.of(residents.get(id.value()));
    }

    @Override
    public Seq<Resident> search(String text, int offset, int limit) {
        String needle = text.toLowerCase(Locale.UK);
        String postcode = needle.replace(" ", "");
        return List.ofAll(residents.values())
                .filter(r -> r.name().toLowerCase(Locale.UK).contains(needle)
                        || r.id().value().toLowerCase(Locale.UK).contains(needle)
                        || r.addressLines().mkString("\n").toLowerCase(Locale.UK).contains(needle)
                        || (!postcode.isEmpty() && r.postcode().replace(" ", "").toLowerCase(Locale.UK)
                                .contains(postcode)))
                .drop(offset).take(limit);
    }

    @Override
    public Seq<Resident> atProperty(Uprn property) {
        return List.ofAll(residents.values()).filter(r -> r.uprn().contains(property.value()))
                .sortBy(r -> r.id().value());
    }

    @Override
    public Seq<Property> propertiesAt(AddressSearch search, int limit) {
        return List.ofAll(residents.values()).filter(search::matches)
                .groupBy(r -> r.uprn().map(u -> "u:" + u).getOrElse(() -> "a:" + r.address()))
                .values()
                .map(there -> new Property(there.head().uprn().filter(Uprn::isUprn).map(Uprn::new),
                        there.map(Resident::address).min().get()))
                .toList()
                .sorted(java.util.Comparator.comparing(Property::address)
                        .thenComparing(p -> p.uprn().map(Uprn::value).getOrElse("")))
                .take(Math.max(0, limit));
    }

    @Override
    public Seq<Resident> findAll(Seq<ResidentId> ids) {
        return ids.flatMap(this::find);
    }

    @Override
    public void store(Seq<Resident> stored) {
        Seq<Resident> all = List.ofAll(stored);
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> all.forEach(this::add)));
    }

    /** The retention rule's: each resident's protected characteristics forgotten, with the unit of work. */
    void forgetCharacteristicsOf(Seq<ResidentId> ids) {
        Seq<ResidentId> whose = List.ofAll(ids);
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> whose.forEach(id -> residents.computeIfPresent(
                id.value(), (k, r) -> new Resident(r.id(), r.name(), r.addressLines(), r.postcode(), r.uprn(),
                        r.tenancyStart(), r.tenancyEnd(), r.email(), r.phone(), r.preferredContact())))));
    }
}
