package io.mailguard.policy;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of object a policy may apply to ({@code appliesTo}), each named as the schema names it. */
public enum PolicyTarget {
    SMTP_VIRTUAL_SERVER("smtpVirtualServer", true),
    RECEIVE_CONNECTOR("receiveConnector", true),
    POSTFIX_SERVICE("postfixService", true),
    SERVER("server", false),
    CONNECTOR("connector", false),
    DISTRIBUTION_LIST("distributionList", false),
    ACCEPTED_DOMAIN("acceptedDomain", false);

    private final String word;
    private final boolean onServer;

    PolicyTarget(String word, boolean onServer) {
        this.word = word;
        this.onServer = onServer;
    }

    /** The word a policy file uses, {@code smtpVirtualServer}; also the type's name in the schema. */
    public String word() {
        return word;
    }

    /** True when objects of this kind belong to a server, so {@code server} is defined for them. */
    public boolean onServer() {
        return onServer;
    }

    /** The kind a policy file names. */
    public static Optional<PolicyTarget> parse(String word) {
        return Arrays.stream(values()).filter(target -> target.word.equals(word)).findFirst();
    }

    /** Every word, for messages: {@code smtpVirtualServer, receiveConnector, …}. */
    public static String words() {
        return Arrays.stream(values()).map(PolicyTarget::word).collect(Collectors.joining(", "));
    }
}
