package io.mailguard.load;

import java.util.List;

/** A YAML mapping whose keys are scalars, in the order written. */
public record YamlMapping(List<Entry> entries, int line, int column) implements YamlNode {

    /** One key and its value. */
    public record Entry(YamlScalar key, YamlNode value) {
    }

    @Override
    public String kindName() {
        return "a mapping";
    }

    /** The entry with this key, or {@code null}. */
    public Entry entry(String key) {
        for (int i = 0; i < entries.size(); i++) {  // indexed: no iterator for the model's many look-ups
            Entry entry = entries.get(i);
            if (entry.key().text().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /** The value under this key, or {@code null}. */
    public YamlNode get(String key) {
        Entry entry = entry(key);
        return entry == null ? null : entry.value();
    }
}
