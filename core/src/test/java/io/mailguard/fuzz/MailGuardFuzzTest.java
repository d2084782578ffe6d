package io.mailguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mailguard.FailOn;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole engine over one file of any bytes: the only outcome allowed is a result with findings
 * (or none); any exception is a bug. Seeds:
 * {@code src/test/resources/io/mailguard/fuzz/MailGuardFuzzTestInputs/checksAnyFile/}.
 */
class MailGuardFuzzTest {

    private static final MailGuard ENGINE = new MailGuard();

    @FuzzTest(maxDuration = "5m")
    void checksAnyFile(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("mailguard-fuzz");
        Path file = Files.write(dir.resolve("fuzz.yaml"), bytes);
        try {
            ENGINE.check(new CheckRequest(dir, List.of(file), FailOn.ERROR, SeverityOverrides.NONE,
                    LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
