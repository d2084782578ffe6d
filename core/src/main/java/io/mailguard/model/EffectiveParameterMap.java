package io.mailguard.model;

import io.mailguard.postfix.EffectiveParameters;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service's effective parameters as a map, name → expanded text, worked out only when read: the rules need
 * a few values of every service, a policy may ask for any.
 */
final class EffectiveParameterMap extends AbstractMap<String, String> {

    private final EffectiveParameters parameters;
    private final Set<String> names;
    private Map<String, String> all;

    /** {@code names}: the parameters the map holds (those the files set, and those whose defaults are modelled). */
    EffectiveParameterMap(EffectiveParameters parameters, Set<String> names) {
        this.parameters = parameters;
        this.names = names;
    }

    @Override
    public String get(Object key) {
        return key instanceof String name && names.contains(name) ? parameters.expanded(name).text() : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names.contains(name);
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public synchronized Set<Entry<String, String>> entrySet() {
        if (all == null) {
            Map<String, String> values = new LinkedHashMap<>();
            names.forEach(name -> values.put(name, parameters.expanded(name).text()));
            all = java.util.Collections.unmodifiableMap(values);
        }
        return all.entrySet();
    }
}
