package io.mailguard.model;

/**
 * An address as the user wrote it, parsed once when the model is read.
 *
 * @param written the text, as written
 * @param range the address or CIDR range it names, or {@code null} when it does not parse (or is {@code all-unassigned})
 */
public record Address(String written, IpRange range) {

    static Address of(String written) {
        return new Address(written, IpRange.parse(written).orElse(null));
    }
}
