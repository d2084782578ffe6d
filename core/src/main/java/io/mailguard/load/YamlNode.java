package io.mailguard.load;

/** A node of a loaded YAML document, with the 1-based line and column where it starts. */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    int line();

    int column();

    /** How the user would name this kind of node in a message: "a mapping", "a list", "a string"… */
    String kindName();
}
