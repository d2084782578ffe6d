package io.mailguard.rules;

import io.mailguard.Location;
import io.mailguard.model.PostfixService;

/** Where the Postfix rules place what they find about an {@code smtpd} service ({@link io.mailguard.model.Topology#smtpdServices}). */
final class SmtpdServices {

    private SmtpdServices() {
    }

    /** Where something is written, or for a Postfix default (no place), the service's own line. */
    static Location at(Location written, PostfixService service) {
        return written != null ? written : service.at();
    }
}
