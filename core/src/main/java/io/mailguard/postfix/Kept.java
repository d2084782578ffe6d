package io.mailguard.postfix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What MailGuard reads from a text that a fleet's configurations repeat (the same {@code -o} override on every relay
 * port, {@code 127.0.0.0/8} in every {@code mynetworks}), by text: read once and shared, as it holds no place. A
 * long-lived JVM (a build daemon) keeps at most {@link #BOUND} of each kind; past that, they are read anew.
 *
 * @param <V> what is read; {@code null} for a text that reads as nothing, which is not kept
 */
final class Kept<V> {

    static final int BOUND = 1 << 14;

    private final Map<String, V> kept = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Function<String, V> read;

    Kept(Function<String, V> read) {
        this.read = read;
    }

    /** What {@code text} reads as. */
    V of(String text) {
        V known = kept.get(text);
        if (known != null) {
            return known;
        }
        V made = read.apply(text);
        if (made != null && count.get() < BOUND && count.incrementAndGet() <= BOUND) {
            kept.putIfAbsent(text, made);
        }
        return made;
    }
}
