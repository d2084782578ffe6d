package io.mailguard.policy;

import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.UsageException;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the policies a check is given from outside its sources: policy files and folders (the
 * {@code policies} setting), the project's {@code mailguard-policies.yaml} when present, and policy packs,
 * jars holding {@code META-INF/mailguard/policies/*.yaml}. Policy files must lie inside the project (links
 * followed); a pack is a dependency and may lie anywhere. Every file goes through the loader's limits.
 */
public final class PolicyFiles {

    /** The project's own policy file, read when present. */
    public static final String PROJECT_FILE = "mailguard-policies.yaml";
    /** Where a pack keeps its policy files. */
    public static final String PACK_FOLDER = "META-INF/mailguard/policies/";

    private PolicyFiles() {
    }

    /**
     * Every policy of the given files, folders and packs, and of the project's {@code mailguard-policies.yaml}.
     *
     * @throws InvalidSettingException for a file, folder or jar that does not exist
     * @throws UsageException located in the policy file for a policy that is not well formed, or one id twice
     */
    public static Policies read(Path projectRoot, List<Path> filesOrFolders, List<Path> packs, LoadLimits limits) {
        YamlLoader loader = new YamlLoader(limits);
        Path root = projectRoot.toAbsolutePath().normalize();
        // a named file must be a policy file; in a folder, the topology files beside the policies are passed over
        java.util.Map<Path, Boolean> files = new java.util.LinkedHashMap<>();
        for (Path given : filesOrFolders) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new InvalidSettingException(Setting.POLICIES, given.toString(), "must name an existing policy file or folder");
            }
            if (Files.isDirectory(path)) {
                yamlFiles(path).forEach(file -> files.putIfAbsent(file, true));
            } else {
                files.put(path, false);
            }
        }
        Path projectFile = root.resolve(PROJECT_FILE);
        if (Files.isRegularFile(projectFile, LinkOption.NOFOLLOW_LINKS)) {
            files.putIfAbsent(projectFile, false);
        }
        Policies policies = Policies.NONE;
        for (java.util.Map.Entry<Path, Boolean> file : files.entrySet()) {
            policies = policies.plus(PolicyReader.read(insideProject(root, file.getKey(), limits),
                    display(root, file.getKey()), loader, file.getValue()));
        }
        for (Path jar : packs) {
            policies = policies.plus(readPack(jar, loader, limits));
        }
        return policies;
    }

    /**
     * Every file {@link #read} would read, for a build's up-to-date check: the policy files (each folder's
     * YAML files), the project's {@code mailguard-policies.yaml} when present, and the packs.
     */
    public static List<Path> inputs(Path projectRoot, List<Path> filesOrFolders, List<Path> packs) {
        List<Path> inputs = new ArrayList<>();
        for (Path given : filesOrFolders) {
            Path path = given.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                inputs.addAll(yamlFiles(path));
            } else {
                inputs.add(path);
            }
        }
        Path projectFile = projectRoot.toAbsolutePath().normalize().resolve(PROJECT_FILE);
        if (Files.isRegularFile(projectFile, LinkOption.NOFOLLOW_LINKS)) {
            inputs.add(projectFile);
        }
        inputs.addAll(packs);
        return inputs;
    }

    /** The policies of one pack. */
    public static List<Policy> readPack(Path jar, YamlLoader loader, LoadLimits limits) {
        if (!Files.isRegularFile(jar)) {
            throw new InvalidSettingException(Setting.POLICY_PACKS, jar.toString(), "must name an existing jar");
        }
        List<Policy> policies = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = Collections.list(zip.entries()).stream().map(ZipEntry.class::cast)
                    .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(PACK_FOLDER)
                            && entry.getName().indexOf('/', PACK_FOLDER.length()) < 0
                            && (entry.getName().endsWith(".yaml") || entry.getName().endsWith(".yml")))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName))
                    .toList();
            for (ZipEntry entry : entries) {
                String name = jar.getFileName() + "!/" + entry.getName();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                    if (bytes.length > limits.maxFileBytes()) {
                        throw new UsageException(name + ": the policy file is larger than " + limits.maxFileBytes()
                                + " bytes; split it");
                    }
                    policies.addAll(PolicyReader.read(bytes, name, loader));
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the policy pack " + jar + ": " + e.getMessage()
                    + "; name a jar that holds META-INF/mailguard/policies/*.yaml", e);
        }
        return policies;
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".yaml") || path.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of a policy file that resolves inside the project; a configuration error otherwise. */
    private static byte[] insideProject(Path root, Path file, LoadLimits limits) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
                throw new UsageException(display(root, file) + ": MailGuard reads policy files only inside the project ("
                        + root + "); move the file into it");
            }
            if (Files.size(real) > limits.maxFileBytes()) {
                throw new UsageException(display(root, file) + ": the policy file is larger than " + limits.maxFileBytes()
                        + " bytes; split it");
            }
            return Files.readAllBytes(real);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy file " + display(root, file) + ": " + e.getMessage(), e);
        }
    }

    private static String display(Path root, Path file) {
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
