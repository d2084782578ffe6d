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
    OTHER;

    /** True for Exchange 2013 and later, where connectors have a transport role and default names to infer from. */
    public boolean infersConnectorRoles() {
        return compareTo(EXCHANGE_2013) >= 0 && this != OTHER;
    }
}
