package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailguard.CheckResult;
import io.mailguard.InvalidSettingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path project;

    @TempDir
    Path output;

    @Test
    void parsesTheFormatsUsersWrite() {
        assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.HTML), ReportFormat.parse(" html, SARIF,,sarif "));
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parse("sarif,junit,json,html"));
        assertEquals(Set.of(), ReportFormat.parse(" "));
        InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> ReportFormat.parse("sarif,xml"));
        assertEquals("<formats> must be a comma-separated list of sarif, junit, json and html, not 'xml'", wrong.describe("<formats>"));
    }

    @Test
    void writesEachChosenReportIntoANewDirectory() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Path directory = output.resolve("target/mailguard");

        List<Path> written = Reports.write(result, EnumSet.of(ReportFormat.HTML, ReportFormat.SARIF), directory);

        assertEquals(List.of(directory.resolve("mailguard.sarif"), directory.resolve("mailguard.html")), written);
        for (Path file : written) {
            assertEquals(true, Files.size(file) > 0, file + " is empty");
        }
        assertEquals(false, Files.exists(directory.resolve("mailguard.json")));
    }

    @Test
    void noFormatsWritesNothingAndCreatesNoDirectory() throws Exception {
        Path directory = output.resolve("mailguard-reports");
        assertEquals(List.of(), Reports.write(ReportFixture.mixed(project), Set.of(), directory));
        assertEquals(false, Files.exists(directory));
    }

    @Test
    void sameResultGivesTheSameBytesWhateverTheLocaleAndTimeZone() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Set<ReportFormat> all = EnumSet.allOf(ReportFormat.class);
        List<Path> first = Reports.write(result, all, output.resolve("first"));
        List<Path> second = Reports.write(result, all, output.resolve("second"));

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        List<Path> turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            turkish = Reports.write(ReportFixture.mixed(output.resolve("project-tr")), all, output.resolve("tr"));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        for (int i = 0; i < first.size(); i++) {
            byte[] expected = Files.readAllBytes(first.get(i));
            assertArrayEquals(expected, Files.readAllBytes(second.get(i)), first.get(i).getFileName() + " differs between runs");
            assertArrayEquals(expected, Files.readAllBytes(turkish.get(i)),
                    first.get(i).getFileName() + " differs in another locale and time zone");
        }
    }
}
