package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads {@code name = value} the way Postfix's {@code split_nameval()} does, and the checks every value gets. */
final class Settings {

    private Settings() {
    }

    /**
     * The setting in {@code text}, or {@code null} with a problem added when it is not {@code name = value}.
     *
     * @param pointer the path its places get, {@code %s} standing for the name
     */
    static Parameter parse(PositionedText text, String pointer, String fix, List<ConfigProblem> problems) {
        String s = text.text();
        int nameStart = skipBlanks(s, 0);
        if (nameStart == s.length() || s.charAt(nameStart) == '=') {
            problems.add(new ConfigProblem(place(text, nameStart),
                    "missing parameter name before '=': Postfix stops here (\"missing attribute name\"); " + fix));
            return null;
        }
        int nameEnd = nameStart;
        while (nameEnd < s.length() && !LogicalLines.blank(s.charAt(nameEnd)) && s.charAt(nameEnd) != '=') {
            nameEnd++;
        }
        int equals = skipBlanks(s, nameEnd);
        String name = s.substring(nameStart, nameEnd);
        if (equals == s.length() || s.charAt(equals) != '=') {
            problems.add(new ConfigProblem(place(text, equals == s.length() ? nameEnd : equals),
                    "missing '=' after parameter name `" + Names.shorten(name) + "`: Postfix stops here"
                            + " (\"missing '=' after attribute name\"); " + fix));
            return null;
        }
        int valueStart = skipBlanks(s, equals + 1);
        int valueEnd = s.length();
        while (valueEnd > valueStart && LogicalLines.blank(s.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        String path = pointer.formatted(name).intern(); // shared by every configuration that sets this name
        PositionedText value = text.slice(valueStart, valueEnd).withPointer(path);
        Location valueAt = withPointer(valueStart < s.length() ? text.at(valueStart) : after(text, equals), path);
        Parameter parameter = new Parameter(name, value, withPointer(text.at(nameStart), path), valueAt);
        checkValue(parameter, problems);
        return parameter;
    }

    /** A {@code #} that starts a word of a value: Postfix keeps it as part of the value, so it is no comment. */
    static void checkValue(Parameter parameter, List<ConfigProblem> problems) {
        String value = parameter.text();
        // indexOf, not a loop over every character: every value of every service is checked, few hold a '#'
        for (int i = value.indexOf('#'); i >= 0; i = value.indexOf('#', i + 1)) {
            if (i == 0 || LogicalLines.blank(value.charAt(i - 1)) || value.charAt(i - 1) == ',') {
                Location at = parameter.value().at(i);
                problems.add(new ConfigProblem(at == null ? parameter.valueAt() : at,
                        "`" + Names.shorten(value.substring(i)) + "` is part of the value of " + parameter.name()
                                + ", not a comment: Postfix has no comments at the end of a line (\"comment at end"
                                + " of line is not supported\"); move the comment to a line of its own above the setting"));
                return;
            }
        }
    }

    /**
     * The checks that need the whole configuration: every {@code $name} names a parameter Postfix knows or
     * one the configuration defines (in {@code main.cf}, or in the same service's {@code -o} overrides), and
     * {@code compatibility_level} is a level.
     */
    static void checkConfiguration(List<Parameter> mainCf, Map<String, Parameter> byName, List<MasterService> services,
            List<ConfigProblem> problems) {
        for (int i = 0; i < mainCf.size(); i++) {
            Parameter parameter = mainCf.get(i);
            if (parameter.text().indexOf('$') >= 0) { // most values refer to nothing
                checkReferences(parameter, byName::containsKey, problems);
            }
            checkLevel(parameter, problems);
        }
        checkCycles(byName, problems);
        for (MasterService service : services) {
            List<Parameter> options = service.overrides();
            for (int i = 0; i < options.size(); i++) { // indexed: for every option of every service
                Parameter option = options.get(i);
                if (option.text().indexOf('$') >= 0) { // most options refer to nothing
                    checkReferences(option, name -> overrides(service, name) || byName.containsKey(name), problems);
                }
                checkLevel(option, problems);
            }
        }
    }

    private static boolean overrides(MasterService service, String name) {
        for (Parameter option : service.overrides()) {
            if (option.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code compatibility_level} that is no level (one that refers to others is judged where it is used). */
    private static void checkLevel(Parameter parameter, List<ConfigProblem> problems) {
        if (parameter.name().equals("compatibility_level") && !parameter.text().contains("$")
                && CompatibilityLevel.parse(parameter.text(), parameter.valueAt()).isEmpty()) {
            problems.add(new ConfigProblem(parameter.valueAt(), "`" + Names.shorten(parameter.text())
                    + "` is not a compatibility level: Postfix stops (\"bad compatibility level\");"
                    + " write a level such as 3.6"));
        }
    }

    /** A value that refers back to itself, directly or through others: Postfix cannot expand it. */
    private static void checkCycles(Map<String, Parameter> byName, List<ConfigProblem> problems) {
        for (Parameter parameter : byName.values()) {
            if (parameter.text().indexOf('$') < 0) {
                continue; // refers to nothing: most values
            }
            if (Expansion.reachable(parameter.name(), n -> byName.containsKey(n) ? byName.get(n).text() : null)
                    .contains(parameter.name())) {
                problems.add(new ConfigProblem(parameter.valueAt(), "the value of " + parameter.name()
                        + " refers back to " + parameter.name() + ": Postfix cannot expand it (\"unreasonable macro"
                        + " call nesting\") and stops; remove the circular $name reference"));
            }
        }
    }

    private static void checkReferences(Parameter parameter, Predicate<String> defined, List<ConfigProblem> problems) {
        for (Expansion.Reference reference : Expansion.references(parameter.text())) {
            if (!defined.test(reference.name()) && !PostfixDefaults.known(reference.name())) {
                Location at = parameter.value().at(reference.offset());
                problems.add(new ConfigProblem(at == null ? parameter.valueAt() : at, "$" + Names.shorten(reference.name())
                        + " names no parameter: Postfix expands it to nothing (\"undefined parameter: "
                        + Names.shorten(reference.name()) + "\"); define it in main.cf or correct the name"));
            }
        }
    }

    private static Location place(PositionedText text, int offset) {
        return offset < text.text().length() ? text.at(offset) : after(text, text.text().length() - 1);
    }

    private static Location after(PositionedText text, int offset) {
        Location last = text.at(Math.max(0, offset));
        return new Location(last.file(), last.line(), last.column() + 1, last.pointer());
    }

    private static Location withPointer(Location at, String pointer) {
        return new Location(at.file(), at.line(), at.column(), pointer);
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && LogicalLines.blank(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
