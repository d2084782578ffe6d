package io.mailguard.report;

import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report files MailGuard can write, each under a fixed name in the output directory. */
public enum ReportFormat {
    SARIF("mailguard.sarif"),
    JUNIT("mailguard-junit.xml"),
    JSON("mailguard.json"),
    HTML("mailguard.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name of the file this report is written to. */
    public String fileName() {
        return fileName;
    }

    /** The word users write: {@code sarif}, {@code junit}, {@code json}, {@code html}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a comma-separated list such as {@code sarif,html}, ignoring case, blanks and repeats;
     * a blank list means no report.
     *
     * @throws InvalidSettingException naming the unknown word and the known ones
     */
    public static Set<ReportFormat> parse(String commaList) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String word : commaList.split(",")) {
            String wanted = word.trim();
            if (wanted.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values())
                    .filter(format -> format.label().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new InvalidSettingException(Setting.FORMATS, wanted,
                            "must be a comma-separated list of sarif, junit, json and html")));
        }
        return formats;
    }
}
