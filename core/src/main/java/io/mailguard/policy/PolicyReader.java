package io.mailguard.policy;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Severity;
import io.mailguard.UsageException;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy file's {@code policies} into {@link Policy} values, checking each entry's shape. Anything
 * wrong is a {@link UsageException} located in the policy file ({@code file:line:col}: what is wrong, what
 * to do), which every front end reports as a configuration error.
 */
public final class PolicyReader {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]{2,15}");
    private static final Pattern OWN_ID = Pattern.compile("MG[0-9]+");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.([A-Za-z][A-Za-z0-9]*|[0-9]+))*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("name", "server", "organization");
    private static final Set<String> TOP_KEYS = Set.of("apiVersion", "policies");
    private static final List<String> KEYS = List.of("id", "name", "severity", "appliesTo", "when", "require", "at",
            "message", "description", "examples");

    private PolicyReader() {
    }

    /** True when {@code id} has the form of a policy's id ({@code ACME001}, never {@code MGnnn}). */
    public static boolean isPolicyId(String id) {
        return id != null && ID.matcher(id).matches() && !OWN_ID.matcher(id).matches();
    }

    /** True when a file's top level makes it a policy file: {@code policies} and no {@code organization}. */
    public static boolean isPolicyFile(YamlMapping root) {
        return root.get("policies") != null && root.get("organization") == null;
    }

    /** The policies of a file's bytes, loaded with the loader's limits; {@code file} is how messages name it. */
    public static List<Policy> read(byte[] bytes, String file, YamlLoader loader) {
        return read(bytes, file, loader, false);
    }

    /**
     * As {@link #read(byte[], String, YamlLoader)}; with {@code skipTopology}, a topology file (known by its
     * {@code organization}, without {@code policies}) gives no policy instead of an error.
     */
    static List<Policy> read(byte[] bytes, String file, YamlLoader loader, boolean skipTopology) {
        LoadResult loaded = loader.load(bytes, file);
        if (loaded.document() == null) {
            Finding refusal = loaded.findings().get(0);
            throw located(refusal.location(), refusal.message());
        }
        YamlMapping root = loaded.document().root();
        if (skipTopology && root.get("organization") != null && root.get("policies") == null) {
            return List.of();
        }
        return read(loaded.document());
    }

    /** The policies of a loaded policy file. */
    public static List<Policy> read(YamlDocument document) {
        YamlMapping root = document.root();
        String file = document.file();
        for (YamlMapping.Entry entry : root.entries()) {
            if (!TOP_KEYS.contains(entry.key().text())) {
                throw located(at(file, entry.key()), "a policy file holds apiVersion and policies, not `"
                        + entry.key().text() + "`" + (entry.key().text().equals("organization")
                        ? "; keep policies and configuration in separate files" : "; remove it"));
            }
        }
        if (root.get("apiVersion") != null && !(root.get("apiVersion") instanceof YamlScalar version
                && version.text().equals("mailguard/v1"))) {
            throw located(at(file, root.get("apiVersion")), "apiVersion must be mailguard/v1");
        }
        if (!(root.get("policies") instanceof YamlSequence list)) {
            YamlNode node = root.get("policies");
            throw located(at(file, node == null ? root : node), "`policies` must be a list of policies, not "
                    + (node == null ? "absent" : node.kindName()));
        }
        List<Policy> policies = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlMapping mapping)) {
                throw located(at(file, item), "each entry of `policies` must be a mapping with id, name, severity, appliesTo,"
                        + " require and message, not " + item.kindName());
            }
            policies.add(policy(file, mapping));
        }
        return policies;
    }

    private static Policy policy(String file, YamlMapping entry) {
        for (YamlMapping.Entry key : entry.entries()) {
            if (!KEYS.contains(key.key().text())) {
                throw located(at(file, key.key()), "a policy has no key `" + key.key().text() + "`; the keys are "
                        + String.join(", ", KEYS));
            }
        }
        Location where = at(file, entry);
        String id = required(file, entry, "id");
        if (!ID.matcher(id).matches()) {
            throw located(at(file, entry.get("id")), "the policy id `" + id + "` must be an upper-case letter followed by"
                    + " 2 to 15 upper-case letters or digits, such as ACME001");
        }
        if (OWN_ID.matcher(id).matches()) {
            throw located(at(file, entry.get("id")), "the policy id " + id + " looks like one of MailGuard's own rules"
                    + " (MGnnn); give it your organization's prefix, such as ACME001");
        }
        String name = required(file, entry, "name");
        if (!NAME.matcher(name).matches()) {
            throw located(at(file, entry.get("name")), "policy " + id + ": the name `" + name
                    + "` must be lower-case words joined by hyphens, such as bridgehead-requires-tls");
        }
        String severityWord = required(file, entry, "severity");
        Severity severity = Severity.parse(severityWord).orElseThrow(() -> located(at(file, entry.get("severity")),
                "policy " + id + ": severity must be error, warning or info, not `" + severityWord + "`"));
        String targetWord = required(file, entry, "appliesTo");
        PolicyTarget target = PolicyTarget.parse(targetWord).orElseThrow(() -> located(at(file, entry.get("appliesTo")),
                "policy " + id + ": appliesTo must be one of " + PolicyTarget.words() + ", not `" + targetWord + "`"));
        Policy.Expression when = entry.get("when") == null ? null : expression(file, entry, "when", id);
        Policy.Expression require = expression(file, entry, "require", id);
        String at = "";
        if (entry.get("at") != null) {
            String dotted = text(file, entry, "at");
            if (!PATH.matcher(dotted).matches()) {
                throw located(at(file, entry.get("at")), "policy " + id + ": at must be a dotted path below the object,"
                        + " such as authentication.basicRequiresTls, not `" + dotted + "`");
            }
            at = dotted.replace('.', '/');
        }
        String message = required(file, entry, "message");
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                throw located(at(file, entry.get("message")), "policy " + id + ": the message names {" + placeholder.group(1)
                        + "}; it may name {name}, {server} and {organization}");
            }
        }
        String description = entry.get("description") == null ? "" : text(file, entry, "description");
        return new Policy(id, name, severity, target, when, require, at, message, description,
                examples(file, entry.get("examples"), id), where);
    }

    private static List<Policy.Example> examples(String file, YamlNode node, String id) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlMapping mapping)) {
            throw located(at(file, node), "policy " + id + ": examples must be a mapping with incorrect and correct");
        }
        List<Policy.Example> examples = new ArrayList<>();
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!key.equals("incorrect") && !key.equals("correct")) {
                throw located(at(file, entry.key()), "policy " + id + ": examples holds incorrect and correct, not `" + key + "`");
            }
            List<YamlNode> texts = entry.value() instanceof YamlSequence list ? list.items() : List.of(entry.value());
            for (YamlNode text : texts) {
                if (!(text instanceof YamlScalar scalar) || scalar.type() != YamlScalar.Type.STRING) {
                    throw located(at(file, text), "policy " + id + ": each " + key + " example must be YAML text"
                            + " (write it as a block: `" + key + ": |`)");
                }
                examples.add(new Policy.Example(key.equals("incorrect"), scalar.text(), at(file, text)));
            }
        }
        return List.copyOf(examples);
    }

    private static Policy.Expression expression(String file, YamlMapping entry, String key, String id) {
        String text = required(file, entry, key);
        if (text.isBlank()) {
            throw located(at(file, entry.get(key)), "policy " + id + ": " + key + " must be a CEL expression");
        }
        return new Policy.Expression(text, key, at(file, entry.get(key)));
    }

    private static String required(String file, YamlMapping entry, String key) {
        if (entry.get(key) == null) {
            String id = entry.get("id") instanceof YamlScalar scalar ? "policy " + scalar.text() : "this policy";
            throw located(at(file, entry), id + " has no `" + key + "`; add it");
        }
        return text(file, entry, key);
    }

    private static String text(String file, YamlMapping entry, String key) {
        YamlNode node = entry.get(key);
        if (!(node instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL) {
            throw located(at(file, node), "`" + key + "` must be text, not " + node.kindName());
        }
        return scalar.text();
    }

    private static Location at(String file, YamlNode node) {
        return new Location(file, node.line(), node.column(), "");
    }

    /** A configuration error at a place in a policy file. */
    static UsageException located(Location at, String message) {
        return new UsageException(at + ": " + message);
    }
}
