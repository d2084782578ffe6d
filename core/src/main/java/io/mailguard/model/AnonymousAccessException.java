package io.mailguard.model;

import java.time.LocalDate;

/** A recorded business reason why anonymous access stays on; it must expire. */
public record AnonymousAccessException(String reason, String approvedBy, LocalDate expires) {

    /** True once {@code expires} has passed; an exception expiring today is still valid today. */
    public boolean expiredOn(LocalDate today) {
        return expires.isBefore(today);
    }
}
