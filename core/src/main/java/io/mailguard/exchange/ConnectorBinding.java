package io.mailguard.exchange;

/**
 * One of a receive connector's {@code Bindings}: the local address and TCP port it listens on, as Exchange
 * writes them ({@code 0.0.0.0:25}, {@code 10.1.0.12:2525}, {@code [::]:25}).
 *
 * @param address the local address: {@code 0.0.0.0} or {@code ::} for every address of the server
 * @param port the TCP port, 1 to 65535
 */
public record ConnectorBinding(IpAddressRange address, int port) {

    /**
     * Parses {@code IPv4Address:port} or {@code [IPv6Address]:port}.
     *
     * @throws IpAddressRange.InvalidAddressException when it is neither, saying what is wrong
     */
    public static ConnectorBinding parse(String text) {
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        String port = colon < 0 ? "" : text.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0 || colon < 0) {
            throw new IpAddressRange.InvalidAddressException("`" + text + "` is not a binding; write IPv4Address:port or"
                    + " [IPv6Address]:port, e.g. 0.0.0.0:25 or [::]:25");
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IpAddressRange.InvalidAddressException("`" + text + "` has the port `" + port
                    + "`; it must be a number from 1 to 65535");
        }
        if (host.indexOf('-') >= 0 || host.indexOf('/') >= 0) {
            throw new IpAddressRange.InvalidAddressException("`" + text + "` binds to a range; a binding is one local address");
        }
        return new ConnectorBinding(IpAddressRange.parse(host), Integer.parseInt(port));
    }

    /** True for {@code 0.0.0.0} and {@code ::}: every address of the server. */
    public boolean allAddresses() {
        return address.firstHigh() == 0 && address.firstLow() == 0;
    }

    /** As Exchange writes it. */
    @Override
    public String toString() {
        return (address.ipv6() ? "[" + address.first() + "]" : address.first()) + ":" + port;
    }
}
