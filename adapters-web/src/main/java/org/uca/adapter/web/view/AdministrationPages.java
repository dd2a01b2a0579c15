package org.uca.adapter.web.view;

import java.util.List;

/** The administrators' pages: the staff directory, the accounts, and a notice (such as a one-time link). */
public final class AdministrationPages {

    private AdministrationPages() {
    }

    /** A page of a list, with where the previous and next pages are (null when there is none). */
    public record Paging(long total, int number, long pages, String previous, String next) {
        public boolean shown() {
            return pages > 1;
        }
    }

    public record StaffList(PageFrame frame, String query, List<StaffRow> rows, Paging paging) {
    }

    public record StaffRow(String name, String editHref, String email, String team, String jobTitle,
            String authority, String role, String left, String account, String accountHref, String leftHref,
            String propertiesHref) {
    }

    public record AccountList(PageFrame frame, String query, List<AccountRow> rows, Paging paging) {
    }

    public record AccountRow(String username, String name, String role, String standing, int failedSignIns,
            String resetAction, String disableAction, String enableAction, String unlockAction, boolean disabled,
            boolean yours, boolean holderLeft) {
    }

    public record MachineCredentialList(PageFrame frame, List<MachineCredentialRow> rows) {
    }

    public record MachineCredentialRow(String id, String name, String scope, String created, String lastUsed,
            String standing, String revokeAction, boolean revoked, String propertiesHref) {
    }

    /**
     * Notifications not delivered after several attempts, and what waits never tried ({@code waiting}, in words;
     * {@code stalled}: the oldest has waited longer than the relay ever takes, so nothing is e-mailing them).
     */
    public record UndeliveredList(PageFrame frame, List<UndeliveredRow> rows, int keepsFailingAfter, String waiting,
            boolean stalled, String lastError, List<LetterEmailRow> letterEmails) {
    }

    /** A letter e-mailed to a resident that keeps failing: which letter, of which case, to whom (never its text). */
    public record LetterEmailRow(long id, String letter, String caseId, String to, int attempts, String lastError,
            String nextAttempt, String retryAction) {
    }

    public record UndeliveredRow(long id, String subject, String caseId, int attempts,
            String lastError, String nextAttempt, String retryAction) {
    }

    /** Where notifications are e-mailed: the Service Development Team's address and each team's. */
    public record AddressList(PageFrame frame, AddressRow serviceDevelopmentTeam, List<AddressRow> teams,
            String addTeam) {
    }

    /** @param address {@code ""} when none is set; @param set when, in words */
    public record AddressRow(String name, String address, String set, String change) {
    }

    /** "Are you sure?" before an action that cannot be taken back: the consequence stated, POST to confirm. */
    public record Confirmation(PageFrame frame, String question, String consequence, String action, String button,
            String cancel) {
    }

    /** A message page; {@code link} (with its label) is shown to copy, such as a one-time set-password link. */
    public record Notice(PageFrame frame, String heading, String body, String link, String linkLabel, String back,
            String backLabel) {
    }

    /** The landlord's systems UCA sends events to by webhook. */
    public record WebhookList(PageFrame frame, List<WebhookRow> rows) {
    }

    /** @param toggleAction POST to disable (when enabled) or enable it */
    public record WebhookRow(String name, String url, String types, String standing, String changed,
            String deliveries, String toggleAction, String toggleLabel, String secretAction) {
    }

    /** A receiving system's delivery log, newest first. */
    public record DeliveryLog(PageFrame frame, String system, List<DeliveryRow> rows) {
    }

    /** @param attempts each attempt, in words: when, and the status code or error */
    public record DeliveryRow(long id, String eventId, String type, String caseId, String status, String queued,
            String nextAttempt, List<String> attempts, String redeliverAction) {
    }
}
