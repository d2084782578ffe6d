package io.mailguard.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON pointers below others, made once and shared: every server of a generated or templated fleet has the same
 * paths ({@code /servers/0/postfix/services/3/options/mynetworks}), and a place keeps its path for as long as the
 * model lives. A long-lived JVM (a build daemon) keeps at most {@link #KEPT} of them; past that they are made anew.
 */
final class Paths {

    static final int KEPT = 1 << 16;

    private static final Map<String, Map<String, String>> BELOW = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Paths() {
    }

    /** {@code parent/step}, the same string for the same path. */
    static String below(String parent, String step) {
        Map<String, String> steps = BELOW.get(parent);
        String path = steps == null ? null : steps.get(step);
        if (path != null) {
            return path;
        }
        path = (parent + "/" + step).intern();
        if (COUNT.get() < KEPT && COUNT.incrementAndGet() <= KEPT) {
            BELOW.computeIfAbsent(parent, p -> new ConcurrentHashMap<>()).putIfAbsent(step, path);
        }
        return path;
    }
}
