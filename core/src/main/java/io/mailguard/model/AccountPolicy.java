package io.mailguard.model;

/**
 * The domain account policy of an organization.
 *
 * @param guestEnabled the guest account: {@code TRUE} enabled, {@code FALSE} disabled, {@code null} not declared
 * @param passwordPolicy the password policy, or {@code null} when not declared
 */
public record AccountPolicy(Source source, Boolean guestEnabled, PasswordPolicy passwordPolicy) {

    /** True only when the policy says the guest account is disabled. */
    public boolean guestDisabled() {
        return Boolean.FALSE.equals(guestEnabled);
    }
}
