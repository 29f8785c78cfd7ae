package dev.converge.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;

/**
 * A canonical, unambiguous text of any model value: records as {@code Name{component=value,...}} in component
 * order, lists in their (already sorted) order, strings quoted and escaped, null as {@code null}. Written by
 * walking record components rather than relying on {@code toString}, which several records override to be short.
 * Fingerprints of catalogs are taken over this text, so it must only change when the model's content does.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Character c) {
            appendString(out, c.toString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof java.util.SortedMap<?, ?> map) {
            // sorted: the same order on every run (an index's statistics targets by column number)
            out.append('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ",");
                append(out, entry.getKey());
                out.append('=');
                append(out, entry.getValue());
                first = false;
            }
            out.append('}');
        } else if (value instanceof Collection<?>) {
            // A set or map iterates in an order that may differ between runs: the model must not contain one.
            throw new IllegalArgumentException("unordered collection in the model: " + value.getClass());
        } else if (value.getClass().isRecord()) {
            appendRecord(out, (Record) value);
        } else {
            throw new IllegalArgumentException("no canonical text for " + value.getClass());
        }
    }

    private static void appendRecord(StringBuilder out, Record record) {
        out.append(record.getClass().getSimpleName()).append('{');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            out.append(i == 0 ? "" : ",").append(components[i].getName()).append('=');
            try {
                append(out, components[i].getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("reading " + components[i] + " of " + record.getClass(), e);
            }
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
