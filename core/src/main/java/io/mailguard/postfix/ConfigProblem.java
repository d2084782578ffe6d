package io.mailguard.postfix;

import io.mailguard.Location;

/**
 * Something in {@code main.cf} or {@code master.cf} that Postfix would reject or misread (MG110).
 *
 * @param at where it is written
 * @param message what is wrong and what to do
 */
public record ConfigProblem(Location at, String message) {
}
