package io.mailguard.model;

import java.time.LocalDate;

/** A recorded business reason why anonymous access stays on; it must expire. */
public record AnonymousAccessException(String reason, String approvedBy, LocalDate expires) {
}
