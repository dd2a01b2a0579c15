package org.uca.adapter.web.view;

import java.util.List;

/** The view model of each page: plain values, ready to show. */
public final class Pages {

    private Pages() {
    }

    public record Link(String label, String href) {
    }

    public record SignInPage(Chrome chrome, String username, String error) {
    }

    public record ErrorPage(Chrome chrome, String heading, String message) {
    }

    public record FormPage(Chrome chrome, FormView form) {
    }

    public record WorkRow(String residentName, String href, String detail, String due, boolean overdue) {
    }

    public record HomePage(Chrome chrome, boolean canViewCases, boolean canDecide, List<WorkRow> appeals,
            List<WorkRow> reviews, List<WorkRow> myCases, boolean canMonitor) {
    }

    public record ResidentRow(String name, String reference, String address, String href, boolean hasCase,
            boolean restricted) {
    }

    public record ResidentsPage(Chrome chrome, String query, String error, boolean searched,
            List<ResidentRow> results) {
    }

    public record GuidancePage(Chrome chrome, String residentName, String reference, String address,
            boolean restricted, List<String> allowed, List<String> notAllowed, String singlePointOfContact,
            String timeAllowance, boolean allowanceUsedUp, String reviewDate, boolean reviewOverdue, String caseHref,
            List<Link> actions, FormView contactForm) {
    }

    public record ActionRow(int number, String occurred, String kind, String affected, String channel,
            String whatHappened, boolean safetyConcern, String recordedBy) {
    }

    public record WarningRow(int number, String issued, String issuedBy, String actions, String reasons,
            String whatMustChange, String letterHref) {
    }

    public record DecisionRow(int number, String status, boolean inForce, List<String> measures, String grounds,
            String reasons, String authorisedBy, String authorised, String reviewDate, String informed,
            String letterHref, List<Link> links, List<Link> reviewLetters) {
    }

    public record AppealRow(int number, int decision, String received, String dueBy, String reviewLevel,
            String grounds, String outcome, boolean overdue, String letterHref, String decideHref) {
    }

    public record TimelineRow(String when, String what, String who) {
    }

    public record AuditRow(String when, String who, String command, String outcome, String why) {
    }

    public record CasePage(Chrome chrome, String caseId, String residentName, String reference, String guidanceHref,
            boolean restricted, List<Link> commands, List<ActionRow> actions, List<WarningRow> warnings,
            List<DecisionRow> decisions, List<AppealRow> appeals, List<String> adjustments, String vulnerability,
            List<TimelineRow> timeline, List<AuditRow> audit) {
    }

    public record LetterPage(Chrome chrome, String landlord, String kind, String residentName,
            List<String> addressLines, String date, String subject, List<Section> sections, String signOff,
            String backHref) {
    }

    public record Section(String heading, List<String> paragraphs) {
    }

    /** A horizontal bar chart drawn as SVG on the server, with the same figures as a table. */
    public record Chart(String id, String title, int width, int height, List<Bar> bars) {
    }

    public record Bar(String label, long value, int y, int barWidth, int textY) {
    }

    public record Figure(String label, String value) {
    }

    public record MonitoringPage(Chrome chrome, String from, String to, String error, String csvHref,
            List<Figure> figures, List<Chart> charts) {
    }
}
