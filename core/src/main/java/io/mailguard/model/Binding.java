package io.mailguard.model;

/** An address and port a virtual server listens on; the address is {@code all-unassigned} or an IP address. */
public record Binding(Address address, int port) {
}
