package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.in.ManageAccountsUseCase.LinkIssued;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts.AccountListing;

/** A sign-in account and its standing (never a password or its hash). */
public record AccountJson(String username, String staff, String role, boolean passwordSet, boolean disabled,
        int failedSignIns) {

    public static AccountJson from(SignInAccount a) {
        return new AccountJson(a.username(), a.staff().value(), a.role().name(), a.passwordSet(), a.disabled(),
                a.failedSignIns());
    }

    /** A page of the accounts. */
    public record Page(List<AccountJson> items, int page, long pages, long total) {
        public static Page from(org.uca.application.port.out.Page<AccountListing> page) {
            return new Page(page.items().map(l -> AccountJson.from(l.account())).toJavaList(), page.number(),
                    page.pages(), page.total());
        }
    }

    /** The one-time set-password link to hand to the account's holder: shown once, only its hash is kept. */
    public record Link(String username, String setPasswordLink, String expiresAt) {
        public static Link from(LinkIssued link, String base) {
            return new Link(link.username(), base + "/set-password/" + link.token(), link.expiresAt().toString());
        }
    }
}
