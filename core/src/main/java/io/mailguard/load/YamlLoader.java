package io.mailguard.load;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one YAML file into a tree that keeps every node's line and column, refusing what MailGuard
 * does not accept. ASCII files in the common block style go through {@link BlockStyleReader}; every
 * other file, and every file with a finding, through SnakeYAML Engine's parser events. Neither
 * constructs objects, so tags cannot instantiate anything, and aliases are shared, never expanded.
 */
public final class YamlLoader {

    private static final Pattern LONG_ESCAPE = Pattern.compile("\\\\U([0-9A-Fa-f]{8})");

    private final LoadLimits limits;
    private final ScalarStrings strings = new ScalarStrings();
    private final LoadSettings settings = LoadSettings.builder()
            .setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    private final boolean fastPaths;

    public YamlLoader(LoadLimits limits) {
        this(limits, true);
    }

    /**
     * A loader; with {@code fastPaths} off, every file goes through SnakeYAML Engine (for a user who
     * suspects the quick reader), and {@link #fastPaths()} tells the schema step to use Everit alone.
     */
    public YamlLoader(LoadLimits limits, boolean fastPaths) {
        this.limits = limits;
        this.fastPaths = fastPaths;
    }

    /** Whether the quick paths (this block-style reader, the schema's conformance check) may answer. */
    public boolean fastPaths() {
        return fastPaths;
    }

    /** Loads a file from disk; {@code file} is the name findings carry. */
    public LoadResult load(Path path, String file) {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return tooLarge(file, size).versioned(FileVersion.of(path));
            }
            return load(Files.readAllBytes(path), file);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "it no longer exists"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new UncheckedIOException("cannot read " + file + ": " + why, e);
        }
    }

    /**
     * Loads a file's bytes; {@code file} is the name findings carry. When the file is refused, its
     * findings name the version of the bytes, so a baseline or an earlier revision accepts them only while
     * the bytes are unchanged.
     */
    public LoadResult load(byte[] bytes, String file) {
        LoadResult result = read(bytes, file);
        return result.document() == null ? result.versioned(FileVersion.of(bytes)) : result;
    }

    private LoadResult read(byte[] bytes, String file) {
        if (bytes.length > limits.maxFileBytes()) {
            return tooLarge(file, bytes.length);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return refuse(Structural.UNSUPPORTED_YAML, new Location(file, 1, 1, ""),
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (fastPaths && isAscii(bytes, start)) {
            LoadResult quick = readQuickly(bytes, start, file);
            if (quick != null) {
                return quick;
            }
            return readWithEngine(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), file);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            return refuse(Structural.UNSUPPORTED_YAML, byteLocation(file, bytes, start, offset),
                    String.format("byte 0x%02X is not UTF-8; save the file as UTF-8", bytes[offset] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return readWithEngine(out.toString(), file);
    }

    /**
     * An ASCII file read by {@link BlockStyleReader}, or {@code null} when it holds more than that
     * reader reads; {@code start} is where the YAML starts, after a byte-order mark. Windows line ends
     * are read as line feeds, which leaves every line and column where SnakeYAML Engine puts them.
     */
    LoadResult readQuickly(byte[] ascii, int start, String file) {
        LoadResult read = readBlockStyle(ascii, start, ascii, start, file);
        if (read == null) {
            byte[] lineFeeds = lineFeedsOnly(ascii, start);
            if (lineFeeds != null) {
                read = readBlockStyle(lineFeeds, 0, ascii, start, file);
            }
        }
        return read;
    }

    /** {@code text} from {@code from} read by {@link BlockStyleReader}; the ignore comments come from the file as written. */
    private LoadResult readBlockStyle(byte[] text, int from, byte[] ascii, int start, String file) {
        NodeStack nodes = new NodeStack(file, limits);
        if (!BlockStyleReader.read(text, from, nodes, strings)) {
            return null;
        }
        List<IgnoreComment> comments = IgnoreComment.mentioned(ascii, start)
                ? IgnoreComment.scan(new String(ascii, start, ascii.length - start, StandardCharsets.ISO_8859_1))
                : List.of();
        return LoadResult.loaded(new YamlDocument(file, (YamlMapping) nodes.root(), comments));
    }

    /** The bytes from {@code start} with every CR LF made LF; {@code null} without a CR, or with a CR not before a LF. */
    private static byte[] lineFeedsOnly(byte[] ascii, int start) {
        int returns = 0;
        for (int i = start; i < ascii.length; i++) {
            if (ascii[i] == '\r') {
                if (i + 1 == ascii.length || ascii[i + 1] != '\n') {
                    return null;
                }
                returns++;
            }
        }
        if (returns == 0) {
            return null;
        }
        byte[] lineFeeds = new byte[ascii.length - start - returns];
        int at = 0;
        for (int i = start; i < ascii.length; i++) {
            if (ascii[i] != '\r') {
                lineFeeds[at++] = ascii[i];
            }
        }
        return lineFeeds;
    }

    /** The file read through SnakeYAML Engine, which reads every file and locates every finding. */
    LoadResult readWithEngine(String text, String file) {
        return new Builder(file, text).build();
    }

    private static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The refusal of a file of {@code size} bytes that is over the size limit. */
    public LoadResult tooLarge(String file, long size) {
        return refuse(Structural.UNSUPPORTED_YAML, new Location(file, 1, 1, ""), String.format(
                "the file is %,d bytes, over the limit of %,d bytes (maxFileSize); split it into several files",
                size, limits.maxFileBytes()));
    }

    private static Location byteLocation(String file, byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new Location(file, line, before.codePointCount(0, before.length()) + 1, "");
    }

    private static LoadResult refuse(RuleDescriptor rule, Location location, String message) {
        return LoadResult.refused(List.of(Finding.inFile(rule, location, message)));
    }

    /** Reads one file through SnakeYAML Engine's events: every file the quick reader leaves. */
    private final class Builder {
        private final String file;
        private final String text;
        private final NodeStack nodes;
        private int documents;

        Builder(String file, String text) {
            this.file = file;
            this.text = text;
            this.nodes = new NodeStack(file, limits);
        }

        LoadResult build() {
            try {
                Parser parser = new ParserImpl(settings, new StreamReader(settings, text));
                while (parser.hasNext()) {
                    accept(parser.next());
                }
            } catch (NodeStack.Refusal stop) {
                return LoadResult.refused(nodes.findings());
            } catch (MarkedYamlEngineException e) {
                Location at = e.getProblemMark().or(e::getContextMark).map(this::at).orElse(new Location(file, 1, 1, ""));
                return refuse(Structural.YAML_SYNTAX, at, syntaxMessage(e));
            } catch (ReaderException e) {
                return refuse(Structural.UNSUPPORTED_YAML, codePointLocation(e.getPosition()),
                        String.format("the character U+%04X cannot appear in YAML; remove it", e.getCodePoint()));
            } catch (NumberFormatException e) {
                // SnakeYAML Engine parses a \U escape as an int before it checks it, so \UF0160000 overflows
                return refuse(Structural.YAML_SYNTAX, oversizedEscape(),
                        "a \\U escape here is past the last Unicode character; write one from \\U00000000 to \\U0010FFFF");
            } catch (YamlEngineException | IllegalStateException | IndexOutOfBoundsException e) {
                return refuse(Structural.YAML_SYNTAX, new Location(file, 1, 1, ""),
                        "the YAML parser cannot read this file: " + e.getMessage());
            }
            if (!nodes.findings().isEmpty()) {
                return LoadResult.refused(nodes.findings());
            }
            YamlNode root = nodes.root();
            if (root == null) {
                return refuse(Structural.UNSUPPORTED_YAML, new Location(file, 1, 1, ""),
                        "the file is empty; a MailGuard file is a mapping with apiVersion and organization");
            }
            if (!(root instanceof YamlMapping mapping)) {
                return refuse(Structural.UNSUPPORTED_YAML, new Location(file, root.line(), root.column(), ""),
                        "the top level is " + root.kindName()
                                + "; a MailGuard file is a mapping with apiVersion and organization");
            }
            return LoadResult.loaded(new YamlDocument(file, mapping, IgnoreComment.scan(text)));
        }

        private void accept(Event event) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        stop(event, "a second YAML document starts here; MailGuard reads one document per file, so move it to a file of its own");
                    }
                }
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    refuseTag(scalar.getTag(), event);
                    Mark mark = event.getStartMark().orElseThrow();
                    nodes.scalar(scalar.getValue(), scalar.isPlain(), anchor(scalar), mark.getLine() + 1, mark.getColumn() + 1);
                }
                case Alias -> {
                    Mark mark = event.getStartMark().orElseThrow();
                    nodes.alias(((AliasEvent) event).getAlias().getValue(), mark.getLine() + 1, mark.getColumn() + 1);
                }
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent start = (CollectionStartEvent) event;
                    refuseTag(start.getTag(), event);
                    Mark mark = event.getStartMark().orElseThrow();
                    nodes.open(event.getEventId() == Event.ID.MappingStart, anchor(start), mark.getLine() + 1, mark.getColumn() + 1);
                }
                case MappingEnd, SequenceEnd -> nodes.close();
                default -> {
                    // stream and document boundaries and comments carry nothing for the tree
                }
            }
        }

        private static String anchor(NodeEvent event) {
            return event.getAnchor().map(Anchor::getValue).orElse(null);
        }

        private void refuseTag(Optional<String> tag, Event event) {
            if (tag.isPresent()) {
                stop(event, "the tag " + tag.get() + " is not accepted; MailGuard reads plain YAML only, so remove the tag");
            }
        }

        private void stop(Event event, String message) {
            Location at = at(event);
            nodes.refuse(Structural.UNSUPPORTED_YAML, at.line(), at.column(), message);
        }

        private Location at(Event event) {
            return event == null ? new Location(file, 1, 1, "") : event.getStartMark().map(this::at).orElse(new Location(file, 1, 1, ""));
        }

        private Location at(Mark mark) {
            return new Location(file, mark.getLine() + 1, mark.getColumn() + 1, "");
        }

        /** Where the first {@code \U} escape past {@code int} stands, or the top of the file. */
        private Location oversizedEscape() {
            Matcher escape = LONG_ESCAPE.matcher(text);
            while (escape.find()) {
                if (Long.parseLong(escape.group(1), 16) > Integer.MAX_VALUE) {
                    return codePointLocation(text.codePointCount(0, escape.start()));
                }
            }
            return new Location(file, 1, 1, "");
        }

        private Location codePointLocation(int position) {
            int line = 1;
            int column = 1;
            int index = 0;
            for (int i = 0; i < text.length() && index < position; index++) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (codePoint == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new Location(file, line, column, "");
        }

        private String syntaxMessage(MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? "the YAML is not well-formed" : e.getProblem();
            String context = e.getContext();
            return context == null ? problem : problem + " (" + context + ")";
        }
    }
}
