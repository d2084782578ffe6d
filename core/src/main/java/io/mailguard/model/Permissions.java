package io.mailguard.model;

import java.util.List;

/**
 * The virtual server's access control list.
 *
 * @param submit the principals with Submit permission, or {@code null} when not declared; an entry that is
 *     not a name is {@code null}
 * @param relay the principals with Relay permission, in the same form
 */
public record Permissions(List<String> submit, List<String> relay) {
}
