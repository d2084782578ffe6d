package io.mailguard.model;

/**
 * An address and port a virtual server listens on.
 *
 * @param address {@code all-unassigned} or an IP address
 * @param port the port, or {@code null} when it is not a number
 */
public record Binding(Address address, Integer port) {
}
