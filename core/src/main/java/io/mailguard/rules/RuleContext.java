package io.mailguard.rules;

import java.time.LocalDate;

/**
 * What rules may know beyond the topology.
 *
 * @param today the date expiry is measured against (UTC)
 */
public record RuleContext(LocalDate today) {
}
