package io.mailguard.postfix;

import io.mailguard.Location;

/**
 * One field or argument of a {@code master.cf} line, or one item of a list value.
 *
 * @param text the word ({@code { … }} braces removed where Postfix removes them)
 * @param at where it is written, or {@code null} for a Postfix default
 */
public record Word(String text, Location at) {
}
