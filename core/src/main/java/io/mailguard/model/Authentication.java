package io.mailguard.model;

/** The authentication methods of a virtual server; each is {@code null} when not declared. */
public record Authentication(Boolean anonymous, Boolean basic, Boolean basicRequiresTls, Boolean integratedWindows) {
}
