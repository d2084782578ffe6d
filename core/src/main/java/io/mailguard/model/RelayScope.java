package io.mailguard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The judgement of a relay scope — the client addresses that may relay without authenticating — for
 * every product alike (SPEC §6.5). Ranges are judged together: halves, quarters and any other set whose
 * union is every address count as every address. Loopback never counts.
 */
public final class RelayScope {

    /** How far a scope reaches. */
    public enum Breadth {
        /** A few named hosts: quiet. */
        NARROW,
        /** More than a site's own hosts need (MG017). */
        BROAD,
        /** More than any single site's own network: strangers may relay (MG001). */
        INTERNET_WIDE
    }

    /**
     * @param breadth how far the scope reaches
     * @param reason why, in words for a message ({@code covers every IPv4 address}); empty when narrow
     * @param widest the index of the widest range, where a finding should point
     */
    public record Judgement(Breadth breadth, String reason, int widest) {
    }

    private static final double IPV6_32 = Math.scalb(1.0, 96);
    private static final double IPV6_64 = Math.scalb(1.0, 64);
    private static final double IPV6_124 = 16;

    private static final List<IpRange> PRIVATE_V4 = ranges("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "100.64.0.0/10", "169.254.0.0/16");
    private static final List<IpRange> PRIVATE_V6 = ranges("fc00::/7", "fe80::/10");
    private static final List<IpRange> LOOPBACK_V4 = ranges("127.0.0.0/8");
    private static final List<IpRange> LOOPBACK_V6 = ranges("::1");

    /** The judgement of a scope that is narrow at first sight, shared: most scopes are. */
    private static final Judgement SURELY_NARROW = new Judgement(Breadth.NARROW, "", 0);

    private RelayScope() {
    }

    /**
     * Judges the union of the ranges the addresses name; {@code widest} is then an index into
     * {@code addresses}. Addresses that do not parse add nothing (the rules report them).
     */
    public static Judgement judgeAddresses(List<Address> addresses) {
        List<IpRange> ranges;
        if (addresses.size() == 1) {
            ranges = addresses.get(0).ranges();
        } else {
            ranges = new ArrayList<>(addresses.size());
            for (int i = 0; i < addresses.size(); i++) { // indexed: every relay scope of a fleet comes here
                List<IpRange> own = addresses.get(i).ranges();
                for (int j = 0; j < own.size(); j++) {
                    ranges.add(own.get(j));
                }
            }
        }
        Judgement judgement = judge(ranges);
        if (judgement.breadth() == Breadth.NARROW || ranges.size() == addresses.size()) {
            return judgement;
        }
        int seen = 0;
        for (int i = 0; i < addresses.size(); i++) {
            seen += addresses.get(i).ranges().size();
            if (judgement.widest() < seen) {
                return new Judgement(judgement.breadth(), judgement.reason(), i);
            }
        }
        return judgement;
    }

    /**
     * True when some range holds a public address: one that is neither private nor loopback. The private
     * and loopback blocks neither touch nor overlap, so a range is private only when one block holds it.
     */
    public static boolean hasPublic(List<IpRange> ranges) {
        for (IpRange range : ranges) {
            List<IpRange> blocks = range.ipv6() ? NOT_PUBLIC_V6 : NOT_PUBLIC_V4;
            if (blocks.stream().noneMatch(block -> block.contains(range))) {
                return true;
            }
        }
        return false;
    }

    private static final List<IpRange> NOT_PUBLIC_V4 = concat(PRIVATE_V4, LOOPBACK_V4);
    private static final List<IpRange> NOT_PUBLIC_V6 = concat(PRIVATE_V6, LOOPBACK_V6);

    private static List<IpRange> concat(List<IpRange> a, List<IpRange> b) {
        List<IpRange> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    /** Judges the union of {@code ranges}. */
    public static Judgement judge(List<IpRange> ranges) {
        if (surelyNarrow(ranges)) {
            return SURELY_NARROW;
        }
        List<Span> v4 = merge(ranges, false);
        List<Span> v6 = merge(ranges, true);
        int widest = widest(ranges);
        double all4 = size(v4);
        double private4 = overlap(v4, PRIVATE_V4);
        double public4 = all4 - private4 - overlap(v4, LOOPBACK_V4);
        double all6 = size(v6);
        double private6 = overlap(v6, PRIVATE_V6);
        double public6 = all6 - private6 - overlap(v6, LOOPBACK_V6);
        boolean alone = !ranges.isEmpty() && ranges.get(widest) != null && ranges.get(widest).everyAddress();
        if (coversAll(v4, false)) {
            return new Judgement(Breadth.INTERNET_WIDE, alone ? "covers every IPv4 address"
                    : "together cover every IPv4 address", widest);
        }
        if (coversAll(v6, true)) {
            return new Judgement(Breadth.INTERNET_WIDE, alone ? "covers every IPv6 address"
                    : "together cover every IPv6 address", widest);
        }
        if (public4 > 65_536) {
            return new Judgement(Breadth.INTERNET_WIDE, String.format(Locale.ROOT,
                    "lets %,.0f public IPv4 addresses relay, more than a /16's 65,536", public4), widest);
        }
        if (public6 >= IPV6_32) {
            return new Judgement(Breadth.INTERNET_WIDE, "lets a /32 or more of public IPv6 addresses relay", widest);
        }
        if (public4 > 16) {
            return new Judgement(Breadth.BROAD, String.format(Locale.ROOT,
                    "lets %,.0f public IPv4 addresses relay, more than a /28's 16", public4), widest);
        }
        if (public6 > IPV6_124) {
            return new Judgement(Breadth.BROAD, "lets more than a /124 (16 addresses) of public IPv6 addresses relay", widest);
        }
        if (private4 > 256) {
            return new Judgement(Breadth.BROAD, String.format(Locale.ROOT,
                    "lets %,.0f private IPv4 addresses relay, more than 256", private4), widest);
        }
        if (private6 > IPV6_64) {
            return new Judgement(Breadth.BROAD, "lets more than a /64 of private IPv6 addresses relay", widest);
        }
        return new Judgement(Breadth.NARROW, "", widest);
    }

    private static final long[][] PRIVATE_V4_BOUNDS = PRIVATE_V4.stream()
            .map(block -> new long[] {block.firstLow(), block.lastLow()}).toArray(long[][]::new);
    private static final long[] LOOPBACK_V4_BOUNDS = {LOOPBACK_V4.get(0).firstLow(), LOOPBACK_V4.get(0).lastLow()};

    /**
     * True when even the sum of the ranges, without merging them, stays within every limit: the usual
     * scope of a few hosts or one small subnet, told without allocating.
     */
    private static boolean surelyNarrow(List<IpRange> ranges) {
        long public4 = 0;
        long private4 = 0;
        double public6 = 0;
        double private6 = 0;
        for (IpRange range : ranges) {
            if (range == null) {
                continue;
            }
            if (range.ipv6()) {
                if (range.prefix() < 64) {
                    return false;
                }
                double size = Math.scalb(1.0, 128 - range.prefix());
                long high = range.firstHigh();
                // within fc00::/7 or fe80::/10 (a /64 or narrower lies wholly inside or outside them)
                if (high >>> 57 == 0x7EL || high >>> 54 == 0x3FAL) {
                    private6 += size;
                } else {
                    public6 += size;
                }
            } else {
                long first = range.firstLow();
                long last = range.lastLow();
                long inPrivate = 0;
                for (long[] block : PRIVATE_V4_BOUNDS) {
                    inPrivate += overlap(first, last, block);
                }
                public4 += last - first + 1 - inPrivate - overlap(first, last, LOOPBACK_V4_BOUNDS);
                private4 += inPrivate;
            }
        }
        return public4 <= 16 && private4 <= 256 && public6 <= IPV6_124 && private6 <= IPV6_64;
    }

    private static long overlap(long first, long last, long[] block) {
        long from = Math.max(first, block[0]);
        long to = Math.min(last, block[1]);
        return to >= from ? to - from + 1 : 0;
    }

    /** An interval of addresses, first and last as unsigned 128-bit numbers (IPv4 in the low word). */
    private record Span(long firstHigh, long firstLow, long lastHigh, long lastLow) {

        static Span of(IpRange range) {
            return new Span(range.firstHigh(), range.firstLow(), range.lastHigh(), range.lastLow());
        }

        double size() {
            long low = lastLow - firstLow;
            long high = lastHigh - firstHigh - (Long.compareUnsigned(lastLow, firstLow) < 0 ? 1 : 0);
            return unsigned(high) * IPV6_64 + unsigned(low) + 1;
        }
    }

    private static final Comparator<Span> BY_FIRST = (a, b) -> {
        int high = Long.compareUnsigned(a.firstHigh, b.firstHigh);
        return high != 0 ? high : Long.compareUnsigned(a.firstLow, b.firstLow);
    };

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int high = Long.compareUnsigned(aHigh, bHigh);
        return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
    }

    /** The union of the IPv4 or the IPv6 ranges, as sorted disjoint spans. */
    private static List<Span> merge(List<IpRange> ranges, boolean ipv6) {
        List<Span> spans = new ArrayList<>();
        for (IpRange range : ranges) {
            if (range != null && range.ipv6() == ipv6) {
                spans.add(Span.of(range));
            }
        }
        spans.sort(BY_FIRST);
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && adjoins(last, span)) {
                if (compare(span.lastHigh, span.lastLow, last.lastHigh, last.lastLow) > 0) {
                    merged.set(merged.size() - 1, new Span(last.firstHigh, last.firstLow, span.lastHigh, span.lastLow));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** True when {@code next} (starting at or after {@code last}) overlaps {@code last} or starts right after it. */
    private static boolean adjoins(Span last, Span next) {
        long afterLow = last.lastLow + 1;
        long afterHigh = last.lastHigh + (afterLow == 0 ? 1 : 0);
        boolean lastIsMax = last.lastHigh == -1L && last.lastLow == -1L;
        return lastIsMax || compare(next.firstHigh, next.firstLow, afterHigh, afterLow) <= 0;
    }

    private static boolean coversAll(List<Span> merged, boolean ipv6) {
        if (merged.size() != 1) {
            return false;
        }
        Span span = merged.get(0);
        return span.firstHigh == 0 && span.firstLow == 0
                && (ipv6 ? span.lastHigh == -1L && span.lastLow == -1L : span.lastLow == 0xFFFF_FFFFL);
    }

    private static double size(List<Span> spans) {
        return spans.stream().mapToDouble(Span::size).sum();
    }

    /** How many addresses of {@code spans} lie in {@code blocks}. */
    private static double overlap(List<Span> spans, List<IpRange> blocks) {
        double total = 0;
        for (IpRange block : blocks) {
            Span b = Span.of(block);
            for (Span s : spans) {
                boolean firstIsB = compare(s.firstHigh, s.firstLow, b.firstHigh, b.firstLow) < 0;
                boolean lastIsB = compare(s.lastHigh, s.lastLow, b.lastHigh, b.lastLow) > 0;
                Span cut = new Span(firstIsB ? b.firstHigh : s.firstHigh, firstIsB ? b.firstLow : s.firstLow,
                        lastIsB ? b.lastHigh : s.lastHigh, lastIsB ? b.lastLow : s.lastLow);
                if (compare(cut.firstHigh, cut.firstLow, cut.lastHigh, cut.lastLow) <= 0) {
                    total += cut.size();
                }
            }
        }
        return total;
    }

    /**
     * The range a finding points at: the one with the most public addresses, else the most private ones;
     * loopback addresses count for nothing, so {@code 127.0.0.0/8} beside a public range is never the one named.
     */
    private static int widest(List<IpRange> ranges) {
        int widest = 0;
        double publicMost = -1;
        double privateMost = -1;
        for (int i = 0; i < ranges.size(); i++) {
            IpRange range = ranges.get(i);
            if (range == null) {
                continue;
            }
            List<Span> span = List.of(Span.of(range));
            double scale = range.ipv6() ? 1 : IPV6_32;
            double privately = overlap(span, range.ipv6() ? PRIVATE_V6 : PRIVATE_V4) * scale;
            double publicly = span.get(0).size() * scale - privately
                    - overlap(span, range.ipv6() ? LOOPBACK_V6 : LOOPBACK_V4) * scale;
            if (publicly > publicMost || publicly == publicMost && privately > privateMost) {
                publicMost = publicly;
                privateMost = privately;
                widest = i;
            }
        }
        return widest;
    }

    private static double unsigned(long value) {
        return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
    }

    private static List<IpRange> ranges(String... texts) {
        return java.util.Arrays.stream(texts).map(text -> IpRange.parse(text).orElseThrow()).toList();
    }
}
