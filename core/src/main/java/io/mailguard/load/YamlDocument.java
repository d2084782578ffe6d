package io.mailguard.load;

import io.mailguard.Location;
import java.util.List;

/**
 * One loaded configuration file: its root mapping and the name the user knows it by.
 *
 * @param file the file's path relative to the project, with {@code /} separators
 * @param root the root mapping
 * @param ignoreComments the {@code # mailguard:ignore} comments it holds
 */
public record YamlDocument(String file, YamlMapping root, List<IgnoreComment> ignoreComments) {

    public YamlDocument(String file, YamlMapping root) {
        this(file, root, List.of());
    }

    /**
     * The location of the node a JSON pointer names ({@code /servers/0/name}); where the path goes
     * past what the file holds, the deepest node that exists. With {@code atKey}, the key of the last
     * step rather than its value.
     */
    public Location locate(String pointer, boolean atKey) {
        Walk walk = walk(pointer);
        YamlNode at = atKey && walk.key != null ? walk.key : walk.node;
        return new Location(file, at.line(), at.column(), pointer);
    }

    /** The node a JSON pointer names, or {@code null} when the file does not hold it. */
    public YamlNode node(String pointer) {
        Walk walk = walk(pointer);
        return walk.complete ? walk.node : null;
    }

    /** How far a pointer leads into the tree: the deepest node, its key, and whether every step was found. */
    private record Walk(YamlNode node, YamlScalar key, boolean complete) {
    }

    private Walk walk(String pointer) {
        YamlNode node = root;
        YamlScalar key = null;
        String[] steps = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        for (String rawStep : steps) {
            String step = rawStep.replace("~1", "/").replace("~0", "~");
            YamlNode next = null;
            key = null;
            if (node instanceof YamlMapping mapping) {
                YamlMapping.Entry entry = mapping.entry(step);
                if (entry != null) {
                    next = entry.value();
                    key = entry.key();
                }
            } else if (node instanceof YamlSequence sequence && isIndex(step)) {
                int index = Integer.parseInt(step);
                if (index < sequence.items().size()) {
                    next = sequence.items().get(index);
                }
            }
            if (next == null) {
                return new Walk(node, null, false);
            }
            node = next;
        }
        return new Walk(node, key, true);
    }

    private static boolean isIndex(String step) {
        if (step.isEmpty() || step.length() > 9) {
            return false;
        }
        for (int i = 0; i < step.length(); i++) {
            if (!Character.isDigit(step.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
