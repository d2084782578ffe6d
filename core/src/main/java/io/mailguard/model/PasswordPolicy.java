package io.mailguard.model;

/** The password policy of one {@code accountPolicy} section; its paths are below {@code passwordPolicy}. */
public record PasswordPolicy(Value<Integer> minimumLength, Value<Boolean> complexity, Value<Integer> maximumAgeDays,
        Value<Integer> lockoutThreshold) {
}
