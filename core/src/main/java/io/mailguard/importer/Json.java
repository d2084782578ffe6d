package io.mailguard.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.mailguard.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with the line and column of every value, so that an import file that does not
 * have the documented shape is reported at its place.
 */
final class Json {

    /** Thrown when the bytes are not one JSON value; the location and message say where and what. */
    static final class NotJsonException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Location location;

        NotJsonException(Location location, String message) {
            super(message);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    /** A JSON value and where it starts. */
    sealed interface Value permits JsonObject, JsonArray, JsonScalar {
        Location location();

        /** How a message names the kind of value: {@code an object}, {@code the number 7}. */
        String describe();
    }

    /** An object; members in the order written. */
    record JsonObject(Map<String, Value> members, Location location) implements Value {
        @Override
        public String describe() {
            return "an object";
        }
    }

    /** An array. */
    record JsonArray(List<Value> items, Location location) implements Value {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A string, number, true, false or null.
     *
     * @param token which of them
     * @param text the string, or the number, true, false or null as written
     */
    record JsonScalar(JsonToken token, String text, Location location) implements Value {
        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }

        @Override
        public String describe() {
            return switch (token) {
                case VALUE_STRING -> "the text \"" + ExchangeExport.shown(text) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text;
                case VALUE_NULL -> "null";
                default -> text;
            };
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    /**
     * Reads one JSON value from {@code bytes} (UTF-8, or UTF-16/32 with a byte order mark, as PowerShell may
     * write them); {@code file} is how locations name the file.
     */
    static Value read(byte[] bytes, String file) throws NotJsonException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotJsonException(new Location(file, 1, 1, ""), "the file holds no JSON value; it is empty");
            }
            Value root = value(parser, file, "");
            if (parser.nextToken() != null) {
                throw new NotJsonException(location(parser.currentTokenLocation(), file, ""),
                        "a second JSON value follows the first; the file must hold one list or one object, as ConvertTo-Json writes it");
            }
            return root;
        } catch (JsonEOFException e) {
            throw new NotJsonException(location(e.getLocation(), file, ""), "the JSON ends too early: " + ExchangeExport.shown(firstLine(e.getOriginalMessage()))
                    + "; export the whole output of ConvertTo-Json");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            String hint = message.contains("UTF-8") || message.contains("Invalid UTF")
                    ? "; save the export as UTF-8 (Set-Content -Encoding UTF8, or Out-File -Encoding utf8)"
                    : "; export it with ConvertTo-Json as docs/import-exchange.md shows";
            throw new NotJsonException(location(e.getLocation(), file, ""), "not JSON: " + ExchangeExport.shown(firstLine(message)) + hint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Value value(JsonParser parser, String file, String pointer) throws IOException, NotJsonException {
        Location at = location(parser.currentTokenLocation(), file, pointer);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Value> members = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location key = location(parser.currentTokenLocation(), file, pointer + "/" + escape(name));
                parser.nextToken();
                Value member = value(parser, file, pointer + "/" + escape(name));
                if (members.putIfAbsent(name, member) != null) {
                    throw new NotJsonException(key, "the key \"" + ExchangeExport.shown(name) + "\" appears twice in one object");
                }
            }
            return new JsonObject(members, at);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Value> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser, file, pointer + "/" + items.size()));
            }
            return new JsonArray(items, at);
        }
        return new JsonScalar(token, parser.getText(), at);
    }

    private static Location location(JsonLocation location, String file, String pointer) {
        return location == null ? new Location(file, 1, 1, pointer)
                : new Location(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), pointer);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
