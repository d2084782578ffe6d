package io.mailguard;

/**
 * A setting the user gave has a value MailGuard cannot use. It carries the setting, the value and
 * what is allowed, so each front end can say it in its own syntax:
 * {@code <failOn> must be error, warning, info or never, not 'errors'}.
 */
public final class InvalidSettingException extends RuntimeException {

    private final Setting setting;
    private final String value;
    private final String requirement;

    /**
     * @param setting the setting at fault
     * @param value the value given, as the user wrote it
     * @param requirement what the setting must be, completing "the setting …": {@code must be error,
     *     warning, info or never}
     */
    public InvalidSettingException(Setting setting, String value, String requirement) {
        super(setting + " " + requirement + ", not '" + value + "'");
        this.setting = setting;
        this.value = value;
        this.requirement = requirement;
    }

    /** The setting at fault. */
    public Setting setting() {
        return setting;
    }

    /** The value given. */
    public String value() {
        return value;
    }

    /** What the setting must be. */
    public String requirement() {
        return requirement;
    }

    /** The whole message, the setting named as the front end names it: {@code <failOn> must be …, not 'errors'}. */
    public String describe(String settingName) {
        return settingName + " " + requirement + ", not '" + value + "'";
    }
}
