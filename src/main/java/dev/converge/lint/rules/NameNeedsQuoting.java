package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.model.SqlText;

/**
 * A name that SQL must double-quote every time: upper-case letters (an unquoted {@code Orders} folds to
 * {@code orders}), characters outside {@code [a-z0-9_$]}, a leading digit, or a keyword PostgreSQL reserves
 * ({@code user}, {@code order}...). Quoting follows {@code quote_ident} (SqlText).
 */
public final class NameNeedsQuoting extends Rule {

    public static final String ID = "name-needs-quoting";

    public NameNeedsQuoting() {
        super(ID, Severity.WARNING, "A name with upper-case letters, unusual characters or a reserved word must be "
                + "double-quoted in every query, and an unquoted use silently means another name");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (NamedObjects named : NamedObjects.of(input.desired())) {
            String name = named.name();
            if (!SqlText.identifier(name).equals(name)) {
                findings.add(new Finding(ID, named.subject(), named.describe() + " needs quotes: " + why(name),
                        "rename it to " + suggestion(name) + " (a converge:renamed-from comment keeps the data)"));
            }
        }
        return findings;
    }

    private static String why(String name) {
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return "upper-case letters (unquoted, " + name + " means " + name.toLowerCase(java.util.Locale.ROOT)
                    + ")";
        }
        if (name.matches("[a-z_][a-z0-9_$]*")) {
            return "\"" + name + "\" is a keyword PostgreSQL reserves";
        }
        return "characters other than lower-case letters, digits and _";
    }

    /** snake_case of the name: {@code OrderItems} becomes {@code order_items}; a keyword gets a suffix. */
    static String suggestion(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_$]+", "_").replaceAll("^_+|_+$", "");
        if (snake.isEmpty() || Character.isDigit(snake.charAt(0))) {
            snake = "n_" + snake;
        }
        return SqlText.identifier(snake).equals(snake) ? snake : snake + "_";
    }
}
