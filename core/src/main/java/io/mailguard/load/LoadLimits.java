package io.mailguard.load;

/**
 * What MailGuard accepts of a YAML file before it refuses it (MG107).
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxDepth the deepest nesting of mappings and lists
 * @param maxAliases the most aliases ({@code *name}) in one file
 * @param maxAliasExpansion the most nodes that aliases may add when the file is read as data
 */
public record LoadLimits(long maxFileBytes, int maxDepth, int maxAliases, long maxAliasExpansion) {

    /** 4 MiB, 64 levels, 100 aliases adding at most 10,000 nodes. */
    public static final LoadLimits DEFAULT = new LoadLimits(4L * 1024 * 1024, 64, 100, 10_000);

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxDepth, maxAliases, maxAliasExpansion);
    }
}
