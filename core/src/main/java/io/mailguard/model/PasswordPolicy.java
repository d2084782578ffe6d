package io.mailguard.model;

/** The password policy; each value is {@code null} when not declared. */
public record PasswordPolicy(Source source, Integer minimumLength, Boolean complexity, Integer maximumAgeDays, Integer lockoutThreshold) {
}
