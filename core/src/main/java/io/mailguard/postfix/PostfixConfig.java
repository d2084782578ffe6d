package io.mailguard.postfix;

import io.mailguard.load.IgnoreComment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Postfix configuration as Postfix reads it: the {@code main.cf} settings, the {@code master.cf}
 * services, what Postfix would reject or misread in them (MG110), and the {@code # mailguard:ignore}
 * comments that stand on lines of their own, for the suppression step.
 *
 * @param mainCf the {@code main.cf} settings in file order (a repeated name: the last one counts)
 * @param services the {@code master.cf} services in file order
 * @param problems what Postfix would reject or misread
 * @param ignoreComments the suppression comments of each file read
 * @param parameters the {@code main.cf} settings by name, the last of a repeated name winning, in first-seen order
 */
public record PostfixConfig(
        List<Parameter> mainCf,
        List<MasterService> services,
        List<ConfigProblem> problems,
        List<IgnoreComment.InFile> ignoreComments,
        Map<String, Parameter> parameters) {

    /** The file names Postfix reads in its configuration directory. */
    public static final String MAIN_CF = "main.cf";
    /** The service table's file name. */
    public static final String MASTER_CF = "master.cf";

    public PostfixConfig {
        mainCf = List.copyOf(mainCf);
        services = List.copyOf(services);
        problems = List.copyOf(problems);
        ignoreComments = List.copyOf(ignoreComments);
        parameters = Collections.unmodifiableMap(parameters); // made once, by byName() per configuration
    }

    /**
     * Reads {@code main.cf} and {@code master.cf} of a configuration directory; a missing {@code master.cf}
     * means no services. The caller has made sure the directory lies inside the project.
     *
     * @param shownAs the directory as reports name it ({@code postfix/mx1}), files are shown below it
     */
    public static PostfixConfig read(Path directory, String shownAs) throws IOException {
        String prefix = shownAs.isEmpty() || shownAs.endsWith("/") ? shownAs : shownAs + "/";
        Path master = directory.resolve(MASTER_CF);
        return parse(prefix + MAIN_CF, text(directory.resolve(MAIN_CF)),
                prefix + MASTER_CF, Files.isRegularFile(master) ? text(master) : "");
    }

    /** A file's text; bytes that are not UTF-8 (a Latin-1 comment, as Postfix allows) read as U+FFFD. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Reads the two files' texts; {@code mainCfName} and {@code masterCfName} are the names findings show. */
    public static PostfixConfig parse(String mainCfName, String mainCfText, String masterCfName, String masterCfText) {
        List<ConfigProblem> problems = new ArrayList<>();
        LogicalLines.Result main = LogicalLines.read(mainCfName, mainCfText);
        problems.addAll(main.problems());
        List<Parameter> parameters = new ArrayList<>();
        for (PositionedText line : main.lines()) {
            Parameter parameter = Settings.parse(line, "/%s", "write `name = value` (a line starting with white space"
                    + " continues the previous setting)", problems);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        LogicalLines.Result master = LogicalLines.read(masterCfName, masterCfText);
        problems.addAll(master.problems());
        List<MasterService> services = MasterCfReader.read(master.lines(), problems);
        Map<String, Parameter> byName = byName(parameters);
        Settings.checkConfiguration(parameters, byName, services, problems);
        return new PostfixConfig(parameters, services, problems, List.of(
                new IgnoreComment.InFile(mainCfName, main.ignoreComments()),
                new IgnoreComment.InFile(masterCfName, master.ignoreComments())), byName);
    }

    /**
     * The same model from settings written elsewhere (YAML {@code parameters} and {@code services}, as Ansible
     * roles keep them), with the places the caller gives; their values get the checks of {@code main.cf} values.
     */
    public static PostfixConfig inline(List<Parameter> parameters, List<MasterService> services) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Settings.checkValue(parameter, problems);
        }
        for (int s = 0; s < services.size(); s++) { // indexed: for every option of every service
            List<Parameter> options = services.get(s).overrides();
            for (int o = 0; o < options.size(); o++) {
                Settings.checkValue(options.get(o), problems);
            }
        }
        Map<String, Parameter> byName = byName(parameters);
        Settings.checkConfiguration(parameters, byName, services, problems);
        return new PostfixConfig(parameters, services, problems, List.of(), byName);
    }

    private static Map<String, Parameter> byName(List<Parameter> mainCf) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (int i = 0; i < mainCf.size(); i++) {
            byName.put(mainCf.get(i).name(), mainCf.get(i));
        }
        return byName; // made unmodifiable once, by the record: every look-up of every service goes through it
    }

    /**
     * The {@code smtpd} services that take SMTP from the network: {@code inet} services whose command is
     * {@code smtpd}, and the {@code pass} ones that an {@code inet} {@code postscreen} hands its clients to
     * (Debian's {@code smtp inet … postscreen} + {@code smtpd pass … smtpd}).
     */
    public List<MasterService> smtpdServices() {
        boolean screened = postscreen() != null;
        List<MasterService> smtpd = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            MasterService s = services.get(i);
            if (s.isInetSmtpd() || screened && "pass".equals(s.type()) && "smtpd".equals(s.command())) {
                smtpd.add(s);
            }
        }
        return smtpd;
    }

    /**
     * The service whose name says where clients connect to {@code service}: itself, or for a {@code pass}
     * smtpd behind postscreen, the {@code inet} postscreen service ({@code smtp}, so port 25).
     */
    public MasterService listener(MasterService service) {
        if (!"pass".equals(service.type())) {
            return service;
        }
        MasterService postscreen = postscreen();
        return postscreen == null ? service : postscreen;
    }

    /** The {@code inet} service run by {@code postscreen}, or {@code null}. */
    private MasterService postscreen() {
        for (int i = 0; i < services.size(); i++) { // loops: asked for every service
            MasterService s = services.get(i);
            if ("inet".equals(s.type()) && "postscreen".equals(s.command())) {
                return s;
            }
        }
        return null;
    }
}
