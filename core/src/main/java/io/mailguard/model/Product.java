package io.mailguard.model;

/** The mail server product. */
public enum Product {
    EXCHANGE_2000,
    EXCHANGE_2003,
    EXCHANGE_2007,
    EXCHANGE_2010,
    EXCHANGE_2013,
    EXCHANGE_2016,
    EXCHANGE_2019,
    EXCHANGE_SE,
    POSTFIX,
    OTHER;

    /** The product as the YAML writes it: {@code exchange-2019}. */
    public String written() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
