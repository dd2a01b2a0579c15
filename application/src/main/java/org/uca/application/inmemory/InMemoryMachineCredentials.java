package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.uca.application.port.out.MachineCredentials;

/** Machine credentials in memory, by the hash of their secret; changes applied when the unit of work ends. */
public final class InMemoryMachineCredentials implements MachineCredentials {

    private record Held(MachineCredential credential, String secretHash) {
    }

    private final ConcurrentHashMap<String, Held> byId = new ConcurrentHashMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryMachineCredentials(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(MachineCredential credential, String secretHash) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() ->
                byId.put(credential.id(), new Held(credential, secretHash))));
    }

    @Override
    public Seq<MachineCredential> all() {
        return List.ofAll(byId.values()).map(Held::credential).sortBy(MachineCredential::createdAt).reverse();
    }

    @Override
    public Option<MachineCredential> find(String id) {
        return Option.of(byId.get(id)).map(Held::credential);
    }

    @Override
    public Option<MachineCredential> active(String secretHash) {
        return List.ofAll(byId.values()).find(h -> h.secretHash().equals(secretHash)).map(Held::credential)
                .filter(c -> !c.revoked());
    }

    @Override
    public void revoke(String id, Instant at) {
        change(id, c -> new MachineCredential(c.id(), c.name(), c.scope(), c.createdAt(), c.createdBy(),
                Option.some(at), c.lastUsedAt()));
    }

    @Override
    public void used(String id, Instant at) {
        change(id, c -> new MachineCredential(c.id(), c.name(), c.scope(), c.createdAt(), c.createdBy(),
                c.revokedAt(), Option.some(at)));
    }

    private void change(String id, java.util.function.UnaryOperator<MachineCredential> change) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> byId.computeIfPresent(id,
                (k, h) -> new Held(change.apply(h.credential()), h.secretHash()))));
    }
}
