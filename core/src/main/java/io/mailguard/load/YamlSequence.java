package io.mailguard.load;

import java.util.List;

/** A YAML sequence (a list). */
public record YamlSequence(List<YamlNode> items, int line, int column) implements YamlNode {

    @Override
    public String kindName() {
        return "a list";
    }
}
