package org.uca.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReminderDigestQuery.Thresholds;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * The reminder digest written to a real database and e-mailed through a real SMTP server in the test JVM (GreenMail):
 * an appeal received on Monday 14 December 2026, due on Wednesday 30 December (the Christmas bank holidays not
 * counted), reaches the Assistant Directors on Christmas Eve, once however often the job runs.
 */
abstract class ReminderDigestMailContract {

    static final ResidentId ALEX = new ResidentId("R-1001");
    static final Instant CHRISTMAS_EVE = Instant.parse("2026-12-24T07:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-10T10:00:00Z"));
    private UcaDatabase database;
    private Ports ports;
    private UcaApplication app;
    private GreenMail smtp;
    private MailSettings settings;
    private CaseId caseId;

    /** A new, empty database's URL, and its user. */
    abstract String url();

    abstract String user();

    @BeforeEach
    void start() throws IOException {
        database = UcaDatabase.connect(new DatabaseSettings(url(), user(), "", 2));
        ports = database.ports(now::get, WorkingDays.ENGLAND_AND_WALES);
        app = new UcaApplication(ports);
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        settings = MailSettings.from(name -> Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT",
                String.valueOf(smtpPort), "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "UCA <uca@octavia.example>",
                "UCA_SDT_EMAIL", "sdt@octavia.example").getOrDefault(name, "")).orElseThrow();
        Staff.everyone().forEach(member -> {
            database.saveStaff(member);
            database.saveAccount("digest-" + member.id().value(), "no password matches", member.id(),
                    member.authority() == AuthorityLevel.NONE ? Role.OFFICER : Role.valueOf(member.authority().name()));
            ports.unitOfWork().inTransaction(() -> {
                StaffRecord held = ports.staffRecords().record(member.id()).get();
                ports.staffRecords().update(new StaffRecord(held.member(), member.id().value() + "@octavia.example",
                        "Manager", held.role(), Option.none()));
                return null;
            });
        });
        database.saveResident(new Resident(ALEX, "Alex Morgan", "Flat 3, 12 Elm Road"));
        caseId = ok(app.recordUnacceptableActions().recordActions(record(now.get().minus(Duration.ofHours(1)))))
                .caseId();
        ok(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                List.of(new ActionId(1)), "Abuse of staff is unacceptable.", "Keep calls polite.")));
        now.set(Instant.parse("2026-12-11T10:00:00Z"));
        ok(app.recordUnacceptableActions().recordActions(record(now.get().minus(Duration.ofHours(1)))));
        now.set(Instant.parse("2026-12-11T11:00:00Z"));
        ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId,
                AProposal.contactStandards(Measures.noEmail()).afterWarning(new WarningId(1), new ActionId(2))
                        .decidedOn(UkTime.dateOf(now.get())).reviewDate(LocalDate.of(2027, 6, 1)).build())));
        now.set(Instant.parse("2026-12-14T10:00:00Z"));
        ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                Staff.OFFICER.id(), caseId, new DecisionId(1), new ResidentInformed(now.get(), Staff.OFFICER.id(),
                InformedHow.LETTER))));
        ok(app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(Staff.OFFICER.id(), caseId, new DecisionId(1),
                LocalDate.of(2026, 12, 14), "I was upset about my repair.")));
    }

    @AfterEach
    void stop() {
        smtp.stop();
        database.close();
    }

    private ReminderDigests digests() {
        return new ReminderDigests(database.reminderDigests(), app.reminderDigests(), Thresholds.STANDARD,
                new SmtpNotificationMail(settings), settings, Optional.of(URI.create("https://uca.octavia.example/")),
                now::get);
    }

    @Test
    @DisplayName("on Christmas Eve the appeal due on 30 December (2 working days away) is e-mailed to each Assistant"
            + " Director, naming the case, the resident, what is due and when, with a link; once, however often the job"
            + " runs")
    void oneDigestPerManagerPerDay() throws Exception {
        now.set(CHRISTMAS_EVE);
        ReminderDigests digests = digests();
        ReminderDigests.Written first = digests.write();
        ReminderDigests.Written second = digests().write(); // the job again, as a second process would

        assertThat(second.written()).as("the second run").isZero();
        assertThat(second.alreadyWritten()).isEqualTo(first.written());
        assertThat(digests.deliver().delivered()).isEqualTo(first.written());
        assertThat(digests.deliver().delivered()).as("the relay's next run").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(first.written());
        Set<String> to = new java.util.HashSet<>();
        for (MimeMessage mail : received) {
            to.add(mail.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertThat(to).contains(Staff.ASSISTANT_DIRECTOR.id().value() + "@octavia.example",
                Staff.SECOND_ASSISTANT_DIRECTOR.id().value() + "@octavia.example")
                .doesNotContain(Staff.DIRECTOR.id().value() + "@octavia.example");
        MimeMessage aisha = java.util.Arrays.stream(received).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString()
                        .startsWith(Staff.ASSISTANT_DIRECTOR.id().value());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(aisha.getSubject()).isEqualTo("UCA reminders for Thursday 24 December 2026: 1 thing due");
        assertThat(aisha.getMessageID()).matches("<reminder-digest-\\d+@uca\\.octavia\\.example>");
        assertThat(aisha.getContent().toString())
                .contains("Dear " + Staff.ASSISTANT_DIRECTOR.name())
                .contains("Appeal 1 against decision 1 to be decided: Alex Morgan, case " + caseId.value())
                .contains("Due by Wednesday 30 December 2026.")
                .contains("https://uca.octavia.example/cases/" + caseId.value());
        assertThat(database.reminderDigests().countFor(LocalDate.of(2026, 12, 24))).isEqualTo(first.written());
    }

    @Test
    @DisplayName("a digest sent is deleted 30 days later (it names residents); one not yet sent is kept")
    void sentDigestsAreForgotten() {
        now.set(CHRISTMAS_EVE);
        ReminderDigests digests = digests();
        int written = digests.write().written();
        smtp.stop();
        digests.deliver(); // not sent: the server is down
        now.set(CHRISTMAS_EVE.plus(Duration.ofDays(1)));
        smtp.start();
        assertThat(digests.deliver().delivered()).isEqualTo(written);

        now.set(Instant.parse("2027-01-25T07:00:00Z")); // Monday, 31 days after the digests were sent
        digests.write();
        assertThat(database.reminderDigests().countFor(LocalDate.of(2026, 12, 24))).isZero();
        assertThat(database.reminderDigests().countFor(LocalDate.of(2027, 1, 25))).as("the day's, written")
                .isPositive();
    }

    @Test
    @DisplayName("nothing due, no e-mail: three working days before the appeal is due, the Assistant Directors get none")
    void nothingDueNoMail() {
        now.set(Instant.parse("2026-12-15T07:00:00Z")); // the decision is informed-late only from 18 December
        ReminderDigests digests = digests();
        assertThat(digests.write().written()).isZero();
        assertThat(digests.deliver().delivered()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("an SMTP outage: the digest stays unsent with the attempt counted, and is sent after the back-off")
    void outageThenSent() {
        now.set(CHRISTMAS_EVE);
        ReminderDigests digests = digests();
        int written = digests.write().written();
        smtp.stop();
        assertThat(digests.deliver().failed()).isEqualTo(written);
        assertThat(database.reminderDigests().due(now.get(), 100)).as("waiting for the back-off").isEmpty();

        smtp.start();
        now.set(CHRISTMAS_EVE.plus(NotificationRelay.FIRST_WAIT));
        assertThat(digests.deliver().delivered()).isEqualTo(written);
        assertThat(smtp.getReceivedMessages()).hasSize(written);
    }

    private static RecordUnacceptableActionsUseCase.Command record(Instant occurred) {
        return new RecordUnacceptableActionsUseCase.Command(Staff.OFFICER.id(), ALEX, List.of(new ActionReport(
                ActionKind.VERBAL_ABUSE, "", java.util.Set.of(AffectedParty.STAFF), occurred, Channel.PHONE,
                Staff.OFFICER.id(), "Shouted at the officer during a call about a repair.", false)));
    }

    private static <T> T ok(Either<Failure, T> result) {
        assertThat(result.isRight()).as("setting up: %s", result).isTrue();
        return result.get();
    }
}
