package io.mailguard.check;

import io.mailguard.Finding;
import io.mailguard.SourceLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text that reports show beside findings, taken from the bytes that were judged. While a check
 * runs it keeps only each file's size and a 64-bit hash of its bytes (the corpus may be large); once
 * the findings are known it reads the files with findings again, through {@link SafeReads}, and keeps
 * the lines around each finding only when the bytes are still exactly those judged.
 */
final class JudgedText {

    /** Lines shown before and after the line at fault. */
    static final int CONTEXT = 2;
    /** Characters kept before a finding's column, and in all, on a line. */
    static final int BEFORE = 120;
    static final int WIDTH = 300;
    static final String CUT = "…";

    private record Judged(Path path, long size, long hash) {
    }

    private final SafeReads reads;
    private final Map<String, Judged> judged = new ConcurrentHashMap<>();

    JudgedText(SafeReads reads) {
        this.reads = reads;
    }

    /** Remembers which bytes of {@code file} were judged. */
    void judged(String file, Path path, byte[] bytes) {
        judged.put(file, new Judged(path, bytes.length, hash(bytes)));
    }

    /** For each file with findings that count, the lines around them, cut to a bounded width. */
    Map<String, SourceLines> lines(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.counts() && finding.location().line() >= 1 && judged.containsKey(finding.location().file())) {
                byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
            }
        }
        Map<String, SourceLines> lines = new HashMap<>();
        byFile.forEach((file, inFile) -> {
            byte[] bytes = stillJudged(file);
            if (bytes != null) {
                lines.put(file, excerpt(new String(bytes, StandardCharsets.UTF_8), inFile));
            }
        });
        return lines;
    }

    /** The file's bytes when they are still exactly those judged; {@code null} otherwise. */
    private byte[] stillJudged(String file) {
        Judged was = judged.get(file);
        try {
            if (reads.read(was.path(), file) instanceof SafeReads.Bytes now && now.bytes() != null
                    && now.bytes().length == was.size() && hash(now.bytes()) == was.hash()) {
                return now.bytes();
            }
        } catch (java.io.UncheckedIOException e) {
            // gone since it was judged: the report shows the finding without its lines
        }
        return null;
    }

    /** The lines within {@link #CONTEXT} of each finding, the finding's own lines cut around its first column. */
    static SourceLines excerpt(String text, List<Finding> findings) {
        Map<Integer, Integer> firstColumn = new TreeMap<>();
        int last = 0;
        for (Finding finding : findings) {
            firstColumn.merge(finding.location().line(), Math.max(1, finding.location().column()), Math::min);
            last = Math.max(last, finding.location().line() + CONTEXT);
        }
        List<int[]> wanted = new ArrayList<>();
        firstColumn.keySet().forEach(line -> wanted.add(new int[] {Math.max(1, line - CONTEXT), line + CONTEXT}));
        TreeMap<Integer, String> lines = new TreeMap<>();
        int number = 1;
        int start = 0;
        while (start <= text.length() && number <= last) {
            int end = lineEnd(text, start);
            if (isWanted(wanted, number)) {
                lines.put(number, cut(text, start, end, firstColumn.getOrDefault(number, 1)));
            }
            if (end >= text.length()) {
                break;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
            number++;
        }
        return new SourceLines(lines);
    }

    private static boolean isWanted(List<int[]> wanted, int number) {
        for (int[] range : wanted) {
            if (range[0] <= number && number <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The line from {@code start} to {@code end}: whole when short, else {@link #WIDTH} characters around the column. */
    static String cut(String text, int start, int end, int column) {
        if (end - start <= WIDTH) {
            return text.substring(start, end);
        }
        int at = start;
        for (int c = 1; c < column && at < end; c++) {
            at += Character.charCount(text.codePointAt(at));
        }
        int from = Math.max(start, Math.min(at - BEFORE, end - WIDTH));
        int to = Math.min(end, from + WIDTH);
        from += from > start && Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
        to -= to < end && Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
        return (from > start ? CUT : "") + text.substring(from, to) + (to < end ? CUT : "");
    }

    /** CRC-32C and CRC-32 of the bytes, 64 bits: tells a changed file, cheaply (both are intrinsics of the JVM). */
    static long hash(byte[] bytes) {
        java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
        castagnoli.update(bytes);
        java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
        ieee.update(bytes);
        return castagnoli.getValue() << 32 | ieee.getValue();
    }
}
