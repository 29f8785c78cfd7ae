package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hazards of changing a column's type from one {@code format_type} text to another. Deliberately conservative:
 * only well-known widenings count as lossless, and only the conversions PostgreSQL documents as binary-coercible
 * (varchar widening or to text, numeric precision widening) avoid the rewrite. Everything else is treated as
 * possibly losing data and rewriting the table.
 */
final class TypeChange {

    private static final Pattern TYPE = Pattern.compile("^([^(\\[]*?)\\s*(?:\\(([0-9, ]+)\\))?\\s*([^(\\[]*?)((?:\\[\\])*)$");
    private static final Map<String, Integer> INTEGER_WIDTH = Map.of("smallint", 1, "integer", 2, "bigint", 3);
    private static final String VARCHAR = "character varying";

    /** A parsed type: base name without modifiers, the modifiers, and array dimensions. */
    record Parsed(String base, List<Integer> modifiers, int arrayDimensions) {
        boolean unbounded() {
            return modifiers.isEmpty();
        }

        int first() {
            return modifiers.get(0);
        }

        int scale() {
            return modifiers.size() > 1 ? modifiers.get(1) : 0;
        }
    }

    private TypeChange() {
    }

    /**
     * A binary-coercible change only updates the catalog (a short ACCESS EXCLUSIVE lock, bounded by
     * lock_timeout); any other rewrites the table and holds that lock throughout.
     */
    static Set<Hazard> hazards(String currentType, String desiredType) {
        EnumSet<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        if (!lossless(currentType, desiredType)) {
            hazards.add(Hazard.DELETES_DATA);
        }
        if (!binaryCoercible(currentType, desiredType)) {
            hazards.add(Hazard.TABLE_REWRITE);
            hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        return hazards;
    }

    static boolean lossless(String currentType, String desiredType) {
        if (desiredType.equals("text")) {
            return true;
        }
        Parsed c = parse(currentType);
        Parsed d = parse(desiredType);
        if (c.arrayDimensions() != d.arrayDimensions()) {
            return false;
        }
        if (INTEGER_WIDTH.containsKey(c.base())) {
            return INTEGER_WIDTH.containsKey(d.base()) && INTEGER_WIDTH.get(d.base()) >= INTEGER_WIDTH.get(c.base())
                    || d.base().equals("numeric") && d.unbounded();
        }
        if (c.base().equals("numeric") && d.base().equals("numeric")) {
            return d.unbounded() || !c.unbounded() && d.scale() >= c.scale()
                    && d.first() - d.scale() >= c.first() - c.scale();
        }
        if (c.base().equals("text") && d.base().equals(VARCHAR)) {
            return d.unbounded();
        }
        if (c.base().equals("character") && d.base().equals(VARCHAR)) {
            return d.unbounded() || !c.unbounded() && d.first() >= c.first();
        }
        if (c.base().equals("timestamp without time zone") && d.base().equals("timestamp with time zone")) {
            return widerOrSame(c, d);
        }
        return c.base().equals(d.base()) && c.modifiers().size() <= 1 && widerOrSame(c, d);
    }

    static boolean binaryCoercible(String currentType, String desiredType) {
        Parsed c = parse(currentType);
        Parsed d = parse(desiredType);
        if (c.arrayDimensions() != d.arrayDimensions()) {
            return false;
        }
        boolean varcharOrText = c.base().equals(VARCHAR) || c.base().equals("text");
        if (varcharOrText && (d.base().equals("text") || d.base().equals(VARCHAR) && d.unbounded())) {
            return true;
        }
        if (c.base().equals(VARCHAR) && d.base().equals(VARCHAR)) {
            return widerOrSame(c, d);
        }
        if (c.base().equals("numeric") && d.base().equals("numeric")) {
            return d.unbounded() || !c.unbounded() && d.scale() == c.scale() && d.first() >= c.first();
        }
        return currentType.equals(desiredType);
    }

    private static boolean widerOrSame(Parsed c, Parsed d) {
        return d.unbounded() || !c.unbounded() && d.first() >= c.first();
    }

    static Parsed parse(String type) {
        Matcher m = TYPE.matcher(type.trim());
        if (!m.matches()) {
            return new Parsed(type, List.of(), 0);
        }
        String base = (m.group(1) + " " + m.group(3)).trim();
        List<Integer> modifiers = new ArrayList<>();
        if (m.group(2) != null) {
            for (String part : m.group(2).split(",")) {
                modifiers.add(Integer.parseInt(part.trim()));
            }
        }
        return new Parsed(base, modifiers, m.group(4).length() / 2);
    }
}
