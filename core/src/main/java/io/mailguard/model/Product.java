package io.mailguard.model;

/** The mail server product. */
public enum Product {
    EXCHANGE_2000,
    EXCHANGE_2003,
    OTHER
}
