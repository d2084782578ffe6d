package io.mailguard.load;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one file's tree from the nodes a reader meets, in order. Both readers of the loader feed it,
 * so the tree, duplicate keys and the depth and alias limits are the same whichever read the file.
 */
final class NodeStack {

    /** Mappings up to this size look for a duplicate key among their entries; larger ones index them. */
    private static final int SCANNED_KEYS = 16;

    private final String file;
    private final LoadLimits limits;
    private final List<Finding> findings = new ArrayList<>();
    /** The open frames, {@code [0, depth)}, and above them closed ones kept for reuse: files have many siblings. */
    private final List<Frame> frames = new ArrayList<>();
    private int depth;
    /** Anchored nodes and their sizes (nodes with aliases expanded); made at the first anchor, which most files never have. */
    private Map<String, YamlNode> anchors;
    private Map<String, Long> anchorSizes;
    private YamlNode root;
    private int aliases;
    private long expansion;

    NodeStack(String file, LoadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Thrown to stop at the first finding that makes the rest of the file unreadable. */
    static final class Refusal extends RuntimeException {
        Refusal() {
            super(null, null, false, false);
        }
    }

    List<Finding> findings() {
        return findings;
    }

    YamlNode root() {
        return root;
    }

    Location at(int line, int column) {
        return new Location(file, line, column, "");
    }

    /** Records a finding and stops reading. */
    void refuse(RuleDescriptor rule, int line, int column, String message) {
        findings.add(Finding.inFile(rule, at(line, column), message));
        throw new Refusal();
    }

    void scalar(String value, boolean plain, String anchor, int line, int column) {
        YamlScalar scalar = new YamlScalar(value, plain ? ScalarTypes.resolve(value) : YamlScalar.Type.STRING, line, column);
        if (anchor != null) {
            remember(anchor, scalar, 1);
        }
        add(scalar, 1);
    }

    void open(boolean mapping, String anchor, int line, int column) {
        if (depth >= limits.maxDepth()) {
            refuse(Structural.UNSUPPORTED_YAML, line, column, "nesting deeper than " + limits.maxDepth() + " levels (depth limit)");
        }
        if (depth == frames.size()) {
            frames.add(new Frame());
        }
        frames.get(depth++).open(mapping, anchor, line, column);
    }

    void close() {
        Frame frame = frames.get(--depth);
        YamlNode node = frame.mapping
                ? new YamlMapping(List.copyOf(frame.entries), frame.line, frame.column)
                : new YamlSequence(List.copyOf(frame.items), frame.line, frame.column);
        if (frame.anchor != null) {
            remember(frame.anchor, node, frame.size);
        }
        add(node, frame.size);
    }

    /** An alias: the anchored node again, shared, counted against the alias and expansion limits. */
    void alias(String name, int line, int column) {
        aliases++;
        if (aliases > limits.maxAliases()) {
            refuse(Structural.UNSUPPORTED_YAML, line, column, "more than " + limits.maxAliases()
                    + " aliases in one file (alias limit); write the values out");
        }
        YamlNode target = anchors == null ? null : anchors.get(name);
        if (target == null) {
            if (frames.subList(0, depth).stream().anyMatch(frame -> name.equals(frame.anchor))) {
                refuse(Structural.UNSUPPORTED_YAML, line, column, "the alias *" + name + " refers to a node that contains it (a recursive alias)");
            }
            refuse(Structural.YAML_SYNTAX, line, column, "the alias *" + name + " has no anchor &" + name + " before it");
        }
        long size = anchorSizes.get(name);
        expansion = Math.min(Long.MAX_VALUE / 2, expansion + size);
        if (expansion > limits.maxAliasExpansion()) {
            refuse(Structural.UNSUPPORTED_YAML, line, column, String.format(
                    "aliases here would expand to more than %,d nodes (alias expansion limit); write the values out",
                    limits.maxAliasExpansion()));
        }
        add(target, size);
    }

    private void remember(String anchor, YamlNode node, long size) {
        if (anchors == null) {
            anchors = new HashMap<>();
            anchorSizes = new HashMap<>();
        }
        anchors.put(anchor, node);
        anchorSizes.put(anchor, size);
    }

    private void add(YamlNode node, long size) {
        if (depth == 0) {
            root = node;
            return;
        }
        Frame parent = frames.get(depth - 1);
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
            refuse(Structural.UNSUPPORTED_YAML, node.line(), node.column(), "a key here is " + node.kindName() + "; keys must be plain names");
            return null;
        }
        if (key.type() == YamlScalar.Type.NULL) {
            refuse(Structural.UNSUPPORTED_YAML, key.line(), key.column(), "a key here is empty; keys must be plain names");
        }
        YamlScalar first = parent.firstWithKey(key);
        if (first != null) {
            findings.add(Finding.inFile(Structural.DUPLICATE_KEY, at(key.line(), key.column()),
                    String.format("the key `%s` appears twice in this mapping, at lines %d and %d; keep one",
                            key.text(), first.line(), key.line())));
        }
        return key;
    }

    /** A mapping or list being read. */
    private static final class Frame {
        boolean mapping;
        String anchor;
        int line;
        int column;
        final List<YamlMapping.Entry> entries = new ArrayList<>();
        final List<YamlNode> items = new ArrayList<>();
        Map<String, YamlScalar> keys;
        YamlScalar key;
        long size;

        void open(boolean mapping, String anchor, int line, int column) {
            this.mapping = mapping;
            this.anchor = anchor;
            this.line = line;
            this.column = column;
            entries.clear();
            items.clear();
            keys = null;
            key = null;
            size = 1;
        }

        /** The earlier key with the same text, or {@code null}; remembers {@code key}. */
        YamlScalar firstWithKey(YamlScalar key) {
            if (keys == null && entries.size() < SCANNED_KEYS) {
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).key().text().equals(key.text())) {
                        return entries.get(i).key();
                    }
                }
                return null;
            }
            if (keys == null) {
                keys = new HashMap<>();
                for (YamlMapping.Entry entry : entries) {
                    keys.putIfAbsent(entry.key().text(), entry.key());
                }
            }
            return keys.putIfAbsent(key.text(), key);
        }
    }
}
