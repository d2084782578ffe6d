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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * does not accept. It builds its tree from SnakeYAML Engine's parser events, never constructing
 * objects, so tags cannot instantiate anything and aliases are shared, never expanded.
 */
public final class YamlLoader {

    private static final Pattern LONG_ESCAPE = Pattern.compile("\\\\U([0-9A-Fa-f]{8})");

    private final LoadLimits limits;
    private final LoadSettings settings = LoadSettings.builder()
            .setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    public YamlLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Loads a file from disk; {@code file} is the name findings carry. */
    public LoadResult load(Path path, String file) {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return tooLarge(file, size);
            }
            return load(Files.readAllBytes(path), file);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "it no longer exists"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new UncheckedIOException("cannot read " + file + ": " + why, e);
        }
    }

    /** Loads a file's bytes; {@code file} is the name findings carry. */
    public LoadResult load(byte[] bytes, String file) {
        if (bytes.length > limits.maxFileBytes()) {
            return tooLarge(file, bytes.length);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return refuse(Structural.UNSUPPORTED_YAML, new Location(file, 1, 1, ""),
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
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
        return new Builder(file, out.toString()).build();
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

    /** Thrown inside the builder to stop at the first finding that makes the rest unreadable. */
    private static final class Refusal extends RuntimeException {
        Refusal() {
            super(null, null, false, false);
        }
    }

    /** One pass over one file's events. */
    private final class Builder {
        private final String file;
        private final String text;
        private final List<Finding> findings = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
        private YamlNode root;
        private int documents;
        private int aliases;
        private long expansion;

        Builder(String file, String text) {
            this.file = file;
            this.text = text;
        }

        LoadResult build() {
            try {
                Parser parser = new ParserImpl(settings, new StreamReader(settings, text));
                while (parser.hasNext()) {
                    accept(parser.next());
                }
            } catch (Refusal stop) {
                return LoadResult.refused(findings);
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
            if (!findings.isEmpty()) {
                return LoadResult.refused(findings);
            }
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
                        stop(Structural.UNSUPPORTED_YAML, event,
                                "a second YAML document starts here; MailGuard reads one document per file, so move it to a file of its own");
                    }
                }
                case Scalar -> scalar((ScalarEvent) event);
                case Alias -> alias((AliasEvent) event);
                case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
                case MappingEnd, SequenceEnd -> close();
                default -> {
                    // stream and document boundaries and comments carry nothing for the tree
                }
            }
        }

        private void scalar(ScalarEvent event) {
            refuseTag(event.getTag(), event);
            String value = event.getValue();
            YamlScalar.Type type = event.isPlain() ? ScalarTypes.resolve(value) : YamlScalar.Type.STRING;
            Mark mark = event.getStartMark().orElseThrow();
            YamlScalar scalar = new YamlScalar(value, type, mark.getLine() + 1, mark.getColumn() + 1);
            remember(event, scalar);
            add(scalar, event, 1);
        }

        private void alias(AliasEvent event) {
            aliases++;
            if (aliases > limits.maxAliases()) {
                stop(Structural.UNSUPPORTED_YAML, event, "more than " + limits.maxAliases()
                        + " aliases in one file (alias limit); write the values out");
            }
            String name = event.getAlias().getValue();
            YamlNode target = anchors.get(name);
            if (target == null) {
                boolean open = stack.stream().anyMatch(frame -> name.equals(frame.anchor));
                if (open) {
                    stop(Structural.UNSUPPORTED_YAML, event, "the alias *" + name + " refers to a node that contains it (a recursive alias)");
                }
                stop(Structural.YAML_SYNTAX, event, "the alias *" + name + " has no anchor &" + name + " before it");
            }
            long size = sizes.getOrDefault(target, 1L);
            expansion = Math.min(Long.MAX_VALUE / 2, expansion + size);
            if (expansion > limits.maxAliasExpansion()) {
                stop(Structural.UNSUPPORTED_YAML, event, String.format(
                        "aliases here would expand to more than %,d nodes (alias expansion limit); write the values out",
                        limits.maxAliasExpansion()));
            }
            add(target, event, size);
        }

        private void open(CollectionStartEvent event) {
            refuseTag(event.getTag(), event);
            if (stack.size() >= limits.maxDepth()) {
                stop(Structural.UNSUPPORTED_YAML, event,
                        "nesting deeper than " + limits.maxDepth() + " levels (depth limit)");
            }
            Mark mark = event.getStartMark().orElseThrow();
            String anchor = event.getAnchor().map(Anchor::getValue).orElse(null);
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            stack.push(new Frame(mapping, anchor, mark.getLine() + 1, mark.getColumn() + 1));
        }

        private void close() {
            Frame frame = stack.pop();
            YamlNode node = frame.mapping
                    ? new YamlMapping(List.copyOf(frame.entries), frame.line, frame.column)
                    : new YamlSequence(List.copyOf(frame.items), frame.line, frame.column);
            if (frame.anchor != null) {
                anchors.put(frame.anchor, node);
            }
            sizes.put(node, frame.size);
            add(node, null, frame.size);
        }

        private void add(YamlNode node, Event event, long size) {
            Frame parent = stack.peek();
            if (parent == null) {
                root = node;
                return;
            }
            parent.size = Math.min(Long.MAX_VALUE / 2, parent.size + size);
            if (!parent.mapping) {
                parent.items.add(node);
            } else if (parent.key == null) {
                parent.key = key(node, parent);
            } else {
                parent.entries.add(new YamlMapping.Entry(parent.key, node));
                parent.key = null;
            }
        }

        private YamlScalar key(YamlNode node, Frame parent) {
            if (!(node instanceof YamlScalar key)) {
                stop(Structural.UNSUPPORTED_YAML, node, "a key here is " + node.kindName() + "; keys must be plain names");
                return null;
            }
            if (key.type() == YamlScalar.Type.NULL) {
                stop(Structural.UNSUPPORTED_YAML, node, "a key here is empty; keys must be plain names");
            }
            YamlScalar first = parent.keys.putIfAbsent(key.text(), key);
            if (first != null) {
                findings.add(Finding.inFile(Structural.DUPLICATE_KEY, new Location(file, key.line(), key.column(), ""),
                        String.format("the key `%s` appears twice in this mapping, at lines %d and %d; keep one",
                                key.text(), first.line(), key.line())));
            }
            return key;
        }

        private void remember(NodeEvent event, YamlNode node) {
            event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), node));
        }

        private void refuseTag(Optional<String> tag, Event event) {
            if (tag.isPresent()) {
                stop(Structural.UNSUPPORTED_YAML, event, "the tag " + tag.get()
                        + " is not accepted; MailGuard reads plain YAML only, so remove the tag");
            }
        }

        private void stop(RuleDescriptor rule, Event event, String message) {
            findings.add(Finding.inFile(rule, at(event), message));
            throw new Refusal();
        }

        private void stop(RuleDescriptor rule, YamlNode node, String message) {
            findings.add(Finding.inFile(rule, new Location(file, node.line(), node.column(), ""), message));
            throw new Refusal();
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

    /** A mapping or list being read. */
    private static final class Frame {
        final boolean mapping;
        final String anchor;
        final int line;
        final int column;
        final List<YamlMapping.Entry> entries;
        final Map<String, YamlScalar> keys;
        final List<YamlNode> items;
        YamlScalar key;
        long size = 1;

        Frame(boolean mapping, String anchor, int line, int column) {
            this.mapping = mapping;
            this.anchor = anchor;
            this.line = line;
            this.column = column;
            this.entries = mapping ? new ArrayList<>() : null;
            this.keys = mapping ? new HashMap<>() : null;
            this.items = mapping ? null : new ArrayList<>();
        }
    }
}
