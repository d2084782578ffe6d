package io.mailguard.model;

/**
 * One {@code accountPolicy} section of one file; an organization's sections merge (see {@link Topology}).
 *
 * @param guestEnabled the guest account: {@code true} enabled, {@code false} disabled
 * @param passwordPolicy the password policy, or {@code null} when the section has none
 */
public record AccountPolicy(Source source, Value<Boolean> guestEnabled, PasswordPolicy passwordPolicy) {
}
