package org.uca.bootstrap;

import io.vavr.control.Option;
import java.time.Instant;
import org.uca.adapter.persistence.SqlSessions;
import org.uca.adapter.web.port.SessionStore;
import org.uca.domain.people.StaffId;

/** The web adapter's session store on the database's {@code uca_session} table. */
final class DatabaseSessionStore implements SessionStore {

    private final SqlSessions table;

    DatabaseSessionStore(SqlSessions table) {
        this.table = table;
    }

    @Override
    public void save(Stored s) {
        table.save(new SqlSessions.Row(s.idHash(), s.username(), s.staff(), s.name(), s.role(), s.startedAt(),
                s.lastUsedAt(), s.flash()));
    }

    @Override
    public Option<Stored> find(String idHash, Instant idleSince, Instant startedSince) {
        return table.find(idHash, idleSince, startedSince).map(r -> new Stored(r.idHash(), r.username(), r.staff(),
                r.name(), r.role(), r.startedAt(), r.lastUsedAt(), r.flash()));
    }

    @Override
    public void touch(String idHash, Instant at) {
        table.touch(idHash, at);
    }

    @Override
    public void flash(String idHash, String message) {
        table.flash(idHash, message);
    }

    @Override
    public void end(String idHash) {
        table.end(idHash);
    }

    @Override
    public int endOthers(StaffId staff, String keepIdHash) {
        return table.endOthers(staff, keepIdHash);
    }

    @Override
    public int sweep(Instant idleSince, Instant startedSince) {
        return table.sweep(idleSince, startedSince);
    }
}
