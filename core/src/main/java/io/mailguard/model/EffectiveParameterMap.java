package io.mailguard.model;

import io.mailguard.postfix.EffectiveParameters;
import io.mailguard.postfix.MasterService;
import io.mailguard.postfix.PostfixConfig;
import io.mailguard.postfix.PostfixDefaults;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A service's effective parameters as a map, name → expanded text, worked out only when read: the rules read
 * the analysis, a policy may ask for any value.
 */
final class EffectiveParameterMap extends AbstractMap<String, String> {

    private final PostfixConfig config;
    private final MasterService service;
    private EffectiveParameters parameters;
    private final Set<String> mainCf;
    private final Set<String> options;
    private Map<String, String> all;

    /**
     * The parameters the map holds: those {@code main.cf} sets ({@code mainCf}, shared by the server's services),
     * the service's {@code options}, and those whose defaults MailGuard models.
     */
    EffectiveParameterMap(PostfixConfig config, MasterService service, Set<String> mainCf, Set<String> options) {
        this.config = config;
        this.service = service;
        this.mainCf = mainCf;
        this.options = options;
    }

    @Override
    public synchronized String get(Object key) {
        return containsKey(key) ? parameters().expanded((String) key).text() : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name
                && (mainCf.contains(name) || options.contains(name) || PostfixDefaults.modelled().contains(name));
    }

    @Override
    public int size() {
        return all().size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return all().entrySet();
    }

    /** The service's parameters, worked out on first use: most checks never read them. */
    private synchronized EffectiveParameters parameters() {
        if (parameters == null) {
            parameters = EffectiveParameters.of(config, service);
        }
        return parameters;
    }

    private synchronized Map<String, String> all() {
        if (all == null) {
            Map<String, String> values = new LinkedHashMap<>();
            Stream.of(mainCf, options, PostfixDefaults.modelled()).flatMap(Set::stream)
                    .forEach(name -> values.computeIfAbsent(name, n -> parameters().expanded(n).text()));
            all = java.util.Collections.unmodifiableMap(values);
        }
        return all;
    }
}
