package io.mailguard.model;

/** What an SMTP endpoint (a virtual server, a receive connector, an smtpd service) is for. */
public enum Role {
    /** Accepts incoming Internet mail. */
    INTERNET_BRIDGEHEAD,
    /** Carries mail between the organization's servers. */
    INTERNAL,
    /** Where remote IMAP and POP clients submit mail (2003's {@code imap-pop}; {@code client-submission}). */
    CLIENT_SUBMISSION,
    /** A dedicated connector that lets named printers and applications relay anonymously. */
    APPLICATION_RELAY,
    /** Receives mail from a partner organization. */
    PARTNER,
    /** The role was not declared and cannot be inferred. */
    UNSPECIFIED
}
