package io.mailguard.model;

import io.mailguard.postfix.Parameter;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A service's {@code -o} overrides as a map, name → value as written, read straight from the overrides (a
 * handful per service): nothing is copied for the many services whose options no policy reads. A name given
 * twice counts once, with its last value, as in Postfix.
 */
final class ServiceOptions extends AbstractMap<String, String> {

    private final List<Parameter> overrides;

    ServiceOptions(List<Parameter> overrides) {
        this.overrides = overrides;
    }

    @Override
    public String get(Object key) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).name().equals(key)) {
                return overrides.get(i).text();
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return overrides.stream()
                        .filter(o -> lastOf(o))
                        .map(o -> (Entry<String, String>) new SimpleImmutableEntry<>(o.name(), o.text()))
                        .iterator();
            }

            @Override
            public int size() {
                return (int) overrides.stream().filter(o -> lastOf(o)).count();
            }
        };
    }

    /** Whether no later override sets the same name. */
    private boolean lastOf(Parameter override) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).name().equals(override.name())) {
                return overrides.get(i) == override;
            }
        }
        return false;
    }
}
