package io.mailguard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** Facts about MailGuard itself: its version, its home page, its rule pages. */
public final class Product {

    /** Where users read about MailGuard. */
    public static final String INFORMATION_URI = "https://github.com/mailguard/mailguard";

    private Product() {
    }

    /** The version this build of MailGuard carries. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Product.class.getResourceAsStream("/mailguard/version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The Markdown page of a rule ({@code docs/rules/MG003.md}), as packaged with MailGuard. */
    public static Optional<String> rulePage(String id) {
        try (InputStream in = Product.class.getResourceAsStream("/mailguard/rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web address of a rule's page. */
    public static String ruleUri(String id) {
        return INFORMATION_URI + "/blob/main/docs/rules/" + id + ".md";
    }
}
