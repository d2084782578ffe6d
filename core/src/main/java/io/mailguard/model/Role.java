package io.mailguard.model;

/** What an SMTP virtual server is for. */
public enum Role {
    /** Accepts incoming Internet mail. */
    INTERNET_BRIDGEHEAD,
    /** Carries mail between the organization's servers. */
    INTERNAL,
    /** Dedicated to remote IMAP and POP clients. */
    IMAP_POP,
    /** The role was not declared. */
    UNSPECIFIED
}
