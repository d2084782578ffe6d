package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The parameters one {@code master.cf} service runs with: its {@code -o} overrides, then {@code main.cf},
 * then Postfix 3.7's defaults for the compatibility level in force.
 */
public final class EffectiveParameters {

    /** Where a value comes from. */
    public enum Origin {
        /** A {@code -o} override of the service. */
        OVERRIDE,
        /** A {@code main.cf} setting. */
        MAIN_CF,
        /** Postfix's default for the compatibility level. */
        DEFAULT
    }

    /**
     * One parameter's value before expansion.
     *
     * @param name the parameter
     * @param raw the value as written (or as {@code postconf -d} prints the default)
     * @param origin where it comes from
     * @param setting the setting that gives it, or {@code null} for a default
     * @param source for a default, where Postfix defines it; otherwise empty
     */
    public record Value(String name, PositionedText raw, Origin origin, Parameter setting, String source) {

        /** Where the value is written, or {@code null} for a default. */
        public Location at() {
            return setting == null ? null : setting.valueAt();
        }
    }

    private static final String[] NO_NAMES = {};

    private final Map<String, Parameter> mainCf;
    /** The service's {@code -o} overrides, the last of a repeated name winning: a few, so searched, not hashed. */
    private final List<Parameter> overrides;
    private final CompatibilityLevel level;
    /** Whether an override sets the compatibility level, and with it every default. */
    private final boolean ownLevel;
    /** The parameters of main.cf alone, shared by the services of one configuration; {@code null} for those. */
    private final EffectiveParameters shared;
    // plain maps: one thread works out one configuration's services (EffectiveParameterMap locks its own); a
    // service's are made when it first has a value of its own
    private Map<String, PositionedText> expanded;
    private Map<String, List<Word>> lists;
    /** main.cf's alone: what each value refers to, and what is made of values no service overrides. */
    private final Map<String, String[]> references;
    private final Map<String, Object> derived;
    /** main.cf's alone, made on first use: every name that some value refers to (a setting's, or a default's). */
    private Set<String> referenced;
    /** A service's: whether it overrides a name that some value of main.cf's refers to. */
    private final boolean overridesReferenced;

    private EffectiveParameters(Map<String, Parameter> mainCf, List<Parameter> overrides, EffectiveParameters shared) {
        this.mainCf = mainCf;
        this.overrides = overrides;
        this.shared = shared;
        // a service keeps only the few values its overrides change; main.cf's serve every service
        this.expanded = shared == null ? new HashMap<>(32) : null;
        this.lists = shared == null ? new HashMap<>(16) : null;
        this.references = shared == null ? new HashMap<>() : null;
        this.derived = shared == null ? new HashMap<>() : null;
        // the services of one configuration share main.cf's level unless they override it
        Parameter level = override("compatibility_level");
        this.ownLevel = level != null;
        this.level = shared != null && level == null ? shared.level
                : levelOf(level != null ? level : mainCf.get("compatibility_level"));
        this.overridesReferenced = shared != null && overridesOneOf(shared.referenced());
    }

    private boolean overridesOneOf(Set<String> names) {
        for (int i = 0; i < overrides.size(); i++) {
            if (names.contains(overrides.get(i).name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every name that a value of main.cf's refers to: its settings', and its defaults' (at any level, a few more
     * than its own level's: a service that overrides one of them only takes the longer way to share a value).
     */
    private Set<String> referenced() {
        if (referenced == null) {
            Set<String> names = new HashSet<>(PostfixDefaults.referenced());
            for (Parameter setting : mainCf.values()) {
                if (setting.text().indexOf('$') >= 0) { // most values refer to nothing
                    Expansion.references(setting.text()).forEach(r -> names.add(r.name()));
                }
            }
            referenced = names;
        }
        return referenced;
    }

    /** The parameters of {@code service}, or of {@code main.cf} alone when {@code service} is {@code null}. */
    public static EffectiveParameters of(PostfixConfig config, MasterService service) {
        EffectiveParameters main = new EffectiveParameters(config.parameters(), List.of(), null);
        return service == null ? main : main.of(service);
    }

    /**
     * The parameters of {@code service} of the configuration whose main.cf these are: values no override
     * touches are expanded once, for all services.
     */
    EffectiveParameters of(MasterService service) {
        return new EffectiveParameters(mainCf, service.overrides(), this);
    }

    /** The service's override of {@code name}, or {@code null}. */
    private Parameter override(String name) {
        int hash = name.hashCode(); // kept by each name: most names compared differ in it
        for (int i = overrides.size() - 1; i >= 0; i--) {
            String overridden = overrides.get(i).name();
            if (overridden.hashCode() == hash && overridden.equals(name)) {
                return overrides.get(i);
            }
        }
        return null;
    }

    /** The compatibility level in force: declared, or Postfix 3.7's built-in {@code 0}. */
    public CompatibilityLevel compatibilityLevel() {
        return level;
    }

    /**
     * The raw value of {@code name}; empty when neither the files nor MailGuard's defaults give one (a
     * parameter Postfix derives from the host, or one MailGuard does not model).
     */
    public Optional<Value> raw(String name) {
        Parameter setting = override(name);
        if (setting != null) {
            return Optional.of(new Value(name, setting.value(), Origin.OVERRIDE, setting, ""));
        }
        setting = mainCf.get(name);
        if (setting != null) {
            return Optional.of(new Value(name, setting.value(), Origin.MAIN_CF, setting, ""));
        }
        return PostfixDefaults.of(name, level).map(d -> new Value(name, d.text(), Origin.DEFAULT, null, d.source()));
    }

    /** Whether {@link #raw} gives {@code name} a value. */
    boolean has(String name) {
        return rawText(name) != null;
    }

    /** The raw value of {@code name} as {@link #raw} gives it, without its origin; {@code null} when there is none. */
    private PositionedText rawText(String name) {
        Parameter setting = setting(name);
        if (setting != null) {
            return setting.value();
        }
        Optional<PostfixDefaults.Default> byDefault = PostfixDefaults.of(name, level);
        return byDefault.isPresent() ? byDefault.get().text() : null;
    }

    /**
     * The value of {@code name} with every {@code $name} expanded, as {@code postconf -x} shows it; a reference
     * to a value MailGuard cannot know (one Postfix derives from the host) stays as written; an undefined one
     * expands to nothing, as in Postfix. Empty text when there is no value at all.
     */
    public PositionedText expanded(String name) {
        if (sharesValueOf(name)) {
            return shared.expanded(name);
        }
        // get before compute: asked many times for every service, and a computing lambda is an allocation
        PositionedText value = expanded == null ? null : expanded.get(name);
        if (value == null) {
            PositionedText raw = rawText(name);
            value = raw == null ? PositionedText.unlocated("") : Expansion.expand(raw, lookup);
            expanded = expanded == null ? new HashMap<>(4) : expanded;
            expanded.put(name, value);
        }
        return value;
    }

    /** The expanded value split into list items at commas and white space, {@code { … }} kept whole. */
    public List<Word> list(String name) {
        if (sharesValueOf(name)) {
            return shared.list(name);
        }
        List<Word> words = lists == null ? null : lists.get(name);
        if (words == null) {
            words = Lists.split(expanded(name));
            lists = lists == null ? new HashMap<>(4) : lists;
            lists.put(name, words);
        }
        return words;
    }

    /**
     * What {@code work} makes of the values of {@code names}: made once, for all services of the configuration,
     * when main.cf alone decides every one of them (a restriction list no service overrides is read once).
     * {@code key} names the result among the others made this way.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, List<String> names, Function<EffectiveParameters, T> work) {
        if (shared == null) { // main.cf's own parameters
            T made = (T) derived.get(key);
            if (made == null) {
                made = work.apply(this);
                derived.put(key, made);
            }
            return made;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!sharesValueOf(names.get(i))) {
                return work.apply(this);
            }
        }
        return shared.derived(key, names, work);
    }

    /** Whether main.cf alone decides the value: no override sets it or anything its value refers to. */
    private boolean sharesValueOf(String name) {
        if (shared == null || ownLevel) {
            return false;
        }
        if (overrides.isEmpty()) {
            return true;
        }
        if (override(name) != null) {
            return false;
        }
        if (!overridesReferenced) { // the service overrides nothing that any value refers to: most services
            return true;
        }
        String[] referenced = shared.referencedBy(name);
        for (int i = 0; i < referenced.length; i++) { // a loop: asked for every value of every service
            if (override(referenced[i]) != null) {
                return false;
            }
        }
        return true;
    }

    /** Every name the value of {@code name} refers to, directly or through other values (itself, if it does). */
    private String[] referencedBy(String name) {
        PositionedText value = rawText(name);
        if (value == null || value.text().indexOf('$') < 0) { // most values refer to nothing: no need to keep that
            return NO_NAMES;
        }
        String[] known = references.get(name);
        if (known != null) {
            return known;
        }
        Set<String> names = Expansion.reachable(name, n -> {
            PositionedText raw = rawText(n);
            return raw == null ? null : raw.text();
        });
        names.add(name);
        String[] made = names.toArray(String[]::new);
        references.put(name, made);
        return made;
    }

    /** A yes/no parameter: true for {@code yes} (any case). */
    public boolean yes(String name) {
        return expanded(name).text().trim().equalsIgnoreCase("yes");
    }

    /** Where a parameter's value is written, or {@code null} for a default. */
    public Location at(String name) {
        Parameter setting = setting(name);
        return setting == null ? null : setting.valueAt();
    }

    /** The setting that gives {@code name} its value: the service's override, else main.cf's; {@code null} for none. */
    private Parameter setting(String name) {
        Parameter setting = override(name);
        return setting != null ? setting : mainCf.get(name);
    }

    /** Values as references see them: a parameter Postfix knows but MailGuard has no value for is unknowable. */
    private final Expansion.Lookup lookup = new Expansion.Lookup() {
        @Override
        public Optional<PositionedText> value(String name) {
            return Optional.ofNullable(rawText(name));
        }

        @Override
        public boolean knowable(String name) {
            return rawText(name) != null || !PostfixDefaults.known(name);
        }
    };

    private static CompatibilityLevel levelOf(Parameter declared) {
        if (declared == null) {
            return CompatibilityLevel.BUILT_IN;
        }
        return CompatibilityLevel.parse(declared.text(), declared.valueAt()).orElse(CompatibilityLevel.BUILT_IN);
    }
}
