package io.github.hubpolicy.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value. Our own small tree rather than Jackson's so that a number keeps its
 * source text: a count is then checked exactly (1e400 or 99999999999999999999 is reported as
 * written, never rounded to a double first).
 */
sealed interface Json {

    /** The JSON type's name, for messages: {@code expected a string, was number}. */
    String type();

    /** An object, its keys in input order. */
    record Obj(Map<String, Json> fields) implements Json {
        @Override
        public String type() {
            return "object";
        }
    }

    /** An array. */
    record Arr(List<Json> elements) implements Json {
        @Override
        public String type() {
            return "array";
        }
    }

    /** A string. */
    record Str(String value) implements Json {
        @Override
        public String type() {
            return "string";
        }
    }

    /** A number, as written in the input. */
    record Num(String text) implements Json {
        @Override
        public String type() {
            return "number";
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Json {
        @Override
        public String type() {
            return "boolean";
        }
    }

    /** JSON {@code null}, which the reading rules treat as absent. */
    enum Null implements Json {
        /** The one null. */
        NULL;

        @Override
        public String type() {
            return "null";
        }
    }
}
