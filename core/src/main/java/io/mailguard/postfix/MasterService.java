package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.List;

/**
 * One {@code master.cf} entry: {@code service type private unpriv chroot wakeup maxproc command + args}.
 *
 * @param service the service name ({@code smtp}, {@code submission}, {@code 127.0.0.1:2525})
 * @param type {@code inet}, {@code unix}, {@code unix-dgram}, {@code fifo} or {@code pass}
 * @param privateAccess the private field as written ({@code y}, {@code n} or {@code -})
 * @param unprivileged the unpriv field as written
 * @param chroot the chroot field as written
 * @param wakeup the wakeup field as written
 * @param maxProcesses the maxproc field as written
 * @param command the command name ({@code smtpd})
 * @param arguments the arguments after the command, {@code -o} overrides included, braces removed
 * @param overrides the {@code -o name=value} overrides, in order
 * @param at where the service name is written
 */
public record MasterService(
        String service,
        String type,
        String privateAccess,
        String unprivileged,
        String chroot,
        String wakeup,
        String maxProcesses,
        String command,
        List<Word> arguments,
        List<Parameter> overrides,
        Location at) {

    public MasterService {
        arguments = List.copyOf(arguments);
        overrides = List.copyOf(overrides);
    }

    /**
     * A service declared outside {@code master.cf} (a YAML {@code services} entry): the fields not given are
     * {@code -}, as in {@code master.cf}, except {@code private}, which an {@code inet} service must set to {@code n}.
     */
    public static MasterService declared(String service, String type, String command, List<Parameter> options, Location at) {
        List<Word> arguments = options.stream().flatMap(o -> List.of(new Word("-o", o.nameAt()),
                new Word(o.name() + "=" + o.text(), o.nameAt())).stream()).toList();
        return new MasterService(service, type, "inet".equals(type) ? "n" : "-", "-", "-", "-", "-", command, arguments,
                options, at);
    }

    /** An {@code inet} service run by {@code smtpd}: one that accepts SMTP from the network. */
    public boolean isInetSmtpd() {
        return "inet".equals(type) && "smtpd".equals(command);
    }

    /** The name {@code postconf -P} uses: {@code service/type}. */
    public String key() {
        return service + "/" + type;
    }
}
