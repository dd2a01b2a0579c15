package org.uca.adapter.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.domain.shared.Refusal;

@DisplayName("The resident file is UTF-8 text: anything else is refused by line, never read with U+FFFD")
class ResidentCsvTest {

    private static Either<Refusal, ResidentFile> read(byte[] bytes) {
        return ResidentCsv.read(new ByteArrayInputStream(bytes));
    }

    @Test
    @DisplayName("UTF-8 with a byte-order mark (Excel's CSV UTF-8) is read, accents and all; the mark is not a column")
    void utf8WithAByteOrderMarkIsRead() {
        byte[] file = ("\uFEFFreference,name\nR-1,Caf\u00e9 Latin\n").getBytes(StandardCharsets.UTF_8);

        ResidentFile read = read(file).get();

        assertThat(read.header()).containsExactly("reference", "name");
        assertThat(read.rows().head().values().get("name").get()).isEqualTo("Caf\u00e9 Latin");
    }

    @Test
    @DisplayName("a byte that is not UTF-8 far into a large file is reported on its own line, not the first")
    void theLineOfTheFirstByteThatIsNotUtf8IsNamed() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("reference,name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5000; i++) {
            file.write(("R-" + i + ",Resident number " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        file.write("R-X,Caf".getBytes(StandardCharsets.UTF_8));
        file.write(0xE9); // Windows-1252 é
        file.write(" Latin\n".getBytes(StandardCharsets.UTF_8));

        Refusal refused = read(file.toByteArray()).getLeft();

        assertThat(refused.problems().map(p -> p.field() + ": " + p.reason()))
                .containsExactly("line 5002: is not UTF-8 text (save the file as CSV UTF-8)");
    }

    @Test
    @DisplayName("a UTF-16 file is refused as not UTF-8 text")
    void utf16IsRefused() {
        Refusal refused = read("\uFEFFreference,name\nR-1,Ann\n".getBytes(StandardCharsets.UTF_16LE)).getLeft();

        assertThat(refused.problems().head().reason()).isEqualTo(ResidentCsv.NOT_UTF8);
    }
}
