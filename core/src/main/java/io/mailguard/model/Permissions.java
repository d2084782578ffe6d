package io.mailguard.model;

import java.util.List;

/**
 * The virtual server's access control list.
 *
 * @param submit the principals with Submit permission, or {@code null} when not declared
 * @param relay the principals with Relay permission, or {@code null} when not declared
 */
public record Permissions(List<String> submit, List<String> relay) {
}
