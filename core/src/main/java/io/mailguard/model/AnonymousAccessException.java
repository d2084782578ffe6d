package io.mailguard.model;

import java.time.LocalDate;

/** A recorded business reason why anonymous access stays on; it must expire. */
public record AnonymousAccessException(Value<String> reason, Value<String> approvedBy, Value<LocalDate> expires) {

    /** True when reason, approver and expiry are all given as the schema asks; only then can it apply. */
    public boolean complete() {
        return reason.value() != null && !reason.value().isBlank() && approvedBy.value() != null && expires.value() != null;
    }

    /** True once {@code expires} has passed; an exception expiring today is still valid today. */
    public boolean expiredOn(LocalDate today) {
        return expires.value() != null && expires.value().isBefore(today);
    }

    /** True when the exception is complete and not expired: only then does it lower MG003 and MG004. */
    public boolean appliesOn(LocalDate today) {
        return complete() && !expiredOn(today);
    }
}
