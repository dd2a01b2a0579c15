package org.uca.adapter.web.support;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** Linked accounts for the web tests: the fixture's staff directory and accounts, a link per issuer and subject. */
public final class InMemoryLinkedAccounts implements LinkedAccounts {

    private final InMemoryUca uca;
    private final Map<String, Accounts.Account> accounts;
    private final Map<String, String> usernameByIdentity = new ConcurrentHashMap<>();
    /** "issuer subject: why" for every refusal. */
    public final List<String> refusals = new CopyOnWriteArrayList<>();
    /** Usernames whose accounts are switched off. */
    public final java.util.Set<String> disabled = ConcurrentHashMap.newKeySet();

    InMemoryLinkedAccounts(InMemoryUca uca, Map<String, Accounts.Account> accounts) {
        this.uca = uca;
        this.accounts = accounts;
    }

    @Override
    public synchronized Either<String, Accounts.Account> signIn(Identity identity, Role role, AuthorityLevel level,
            String because) {
        String key = identity.issuer() + " " + identity.subject();
        String username = usernameByIdentity.computeIfAbsent(key, k -> identity.username());
        if (disabled.contains(username)) {
            return Either.left("the account is disabled");
        }
        StaffId staff = new StaffId("sso-" + Math.abs(key.hashCode()));
        uca.staff.add(new StaffMember(staff, identity.name(), "Not recorded", level), role);
        uca.staff.linkToSingleSignOn(staff, identity.issuer());
        Accounts.Account account = new Accounts.Account(username, "!single-sign-on", staff, role);
        accounts.put(username, account);
        return Either.right(account);
    }

    @Override
    public void refused(Identity identity, String why) {
        refusals.add(identity.issuer() + " " + identity.subject() + ": " + why);
    }

    /** The member of staff linked to this subject, as the staff directory now has them. */
    public StaffMember member(String issuer, String subject) {
        Accounts.Account account = accounts.get(usernameByIdentity.get(issuer + " " + subject));
        return uca.staff.find(account.staff()).get().member();
    }

    public Role role(String issuer, String subject) {
        return accounts.get(usernameByIdentity.get(issuer + " " + subject)).role();
    }
}
