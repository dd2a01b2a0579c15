package org.uca.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.shared.Channel;

class UsingUcaAsALibraryTest {

    @Test
    @DisplayName("the library example runs the whole journey: record, warn, record again, authorise, appeal, decide, guidance")
    void runsTheJourney() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ContactGuidance guidance = UsingUcaAsALibrary.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("Warning letter:", "Decision 1 authorised by Sam Whitfield",
                "reviewed by an Assistant Director", "Appeal outcome: We have looked again at our decision and changed it.",
                "Single point of contact: Olu Adeyemi", "minutes left this week: 30",
                "Housing Ombudsman route open: true");
        assertThat(guidance.allowedChannels()).contains(Channel.PHONE);
        assertThat(guidance.noTelephoneCalls()).isFalse();
    }
}
