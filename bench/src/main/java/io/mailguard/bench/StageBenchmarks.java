package io.mailguard.bench;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import io.mailguard.schema.SchemaValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The stages of a check, each over the whole generated corpus (one op = every file once). All but
 * {@code fullCheck} run on one thread over bytes held in memory; {@code fullCheck} is the engine as
 * the CLI runs it (files on disk, parallel streams, all rules), with the schema compiled once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {

    @Param("200")
    public int files;

    @Param("10")
    public int virtualServers;

    private List<Map.Entry<String, byte[]>> corpus;
    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);
    private final SchemaValidator schema = SchemaValidator.forConfiguration();
    private final MailGuard engine = new MailGuard();
    private Path dir;
    private CheckRequest request;
    private CheckResult result;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = List.copyOf(new CorpusGenerator(files, virtualServers, false).generate().entrySet());
        dir = Files.createTempDirectory("mailguard-bench");
        for (Map.Entry<String, byte[]> file : corpus) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        request = new CheckRequest(dir, SourceFiles.find(dir, SourceFiles.DEFAULT_INCLUDES, List.of()), FailOn.ERROR,
                SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT);
        result = engine.check(request);
        if (!result.findings().isEmpty()) {
            throw new IllegalStateException("the clean corpus has findings: " + result.findings().get(0));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** SnakeYAML Engine's parser events, nothing built: the floor of any loader on this parser. */
    @Benchmark
    public void parseEventsOnly(Blackhole sink) {
        for (Map.Entry<String, byte[]> file : corpus) {
            LoadSettings settings = LoadSettings.builder().setLabel(file.getKey()).setUseMarks(true).build();
            ParserImpl parser = new ParserImpl(settings,
                    new StreamReader(settings, new String(file.getValue(), StandardCharsets.UTF_8)));
            while (parser.hasNext()) {
                sink.consume(parser.next());
            }
        }
    }

    /** SnakeYAML Engine's own node graph (default settings, its implicit-tag resolver). */
    @Benchmark
    public void composeNodes(Blackhole sink) {
        for (Map.Entry<String, byte[]> file : corpus) {
            LoadSettings settings = LoadSettings.builder().setLabel(file.getKey()).build();
            new Compose(settings).composeAllFromInputStream(new ByteArrayInputStream(file.getValue()))
                    .forEach(sink::consume);
        }
    }

    /** MailGuard's YamlLoader: UTF-8 check, events → tree with positions, limits, duplicate keys. */
    @Benchmark
    public void loadWithPositions(Blackhole sink) {
        for (Map.Entry<String, byte[]> file : corpus) {
            sink.consume(loader.load(file.getValue(), file.getKey()));
        }
    }

    /** The loader, then the compiled schema (tree → org.json → Everit). */
    @Benchmark
    public void schemaValidation(Blackhole sink) {
        for (Map.Entry<String, byte[]> file : corpus) {
            LoadResult loaded = loader.load(file.getValue(), file.getKey());
            sink.consume(schema.validate(loaded.document()));
        }
    }

    /** The four reports (SARIF, JUnit, JSON, HTML) of one check of the corpus. */
    @Benchmark
    public List<Path> reports() throws IOException {
        return Reports.write(result, EnumSet.allOf(ReportFormat.class), dir.resolve("reports"), dir);
    }

    /** The engine on the files on disk: load, schema, model, every rule, sorting. */
    @Benchmark
    public CheckResult fullCheck() {
        return engine.check(request);
    }
}
