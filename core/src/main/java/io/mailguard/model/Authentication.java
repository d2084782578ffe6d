package io.mailguard.model;

/** The authentication methods of a virtual server, as declared. */
public record Authentication(Value<Boolean> anonymous, Value<Boolean> basic, Value<Boolean> basicRequiresTls,
        Value<Boolean> integratedWindows) {
}
