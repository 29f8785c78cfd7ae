package dev.converge.source;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;

/**
 * Orders the statements a load got stuck on so that the cause comes first: a statement that failed because
 * something does not exist which another stuck statement would have created (a view over a table whose column type
 * is misspelt) is only a consequence, and follows the statements whose failure has no such explanation (the table
 * with the misspelt type). Names are compared without their schema, as {@link StatementFootprint} records them.
 */
final class RootCauses {

    /** The missing name in PostgreSQL's "does not exist" messages: {@code relation "s.t"}, {@code function s.f()}. */
    private static final Pattern MISSING = Pattern.compile(
            "^(?:relation|type|schema|function|procedure|operator|collation|sequence) \"?([^\"(]+)\"?(?:\\(.*)?"
                    + " does not exist");

    private RootCauses() {
    }

    /** The causes and the consequences among {@code stuck}, each in its original (file) order. */
    static <T> Split<T> split(List<T> stuck, Function<T, SqlStatement> statement, Function<T, SQLException> error) {
        List<Set<String>> writes = new ArrayList<>();
        Map<String, Integer> writers = new HashMap<>();
        for (T t : stuck) {
            Set<String> w = StatementFootprint.of(statement.apply(t)).writes();
            writes.add(w);
            w.forEach(name -> writers.merge(name, 1, Integer::sum));
        }
        List<T> causes = new ArrayList<>();
        List<T> consequences = new ArrayList<>();
        for (int i = 0; i < stuck.size(); i++) {
            String missing = missingName(error.apply(stuck.get(i)));
            int others = missing == null ? 0
                    : writers.getOrDefault(missing, 0) - (writes.get(i).contains(missing) ? 1 : 0);
            (others > 0 ? consequences : causes).add(stuck.get(i));
        }
        if (causes.isEmpty()) { // a cycle: every one waits for another, none is more the cause than the rest
            return new Split<>(consequences, List.of());
        }
        return new Split<>(causes, consequences);
    }

    /** Failures that explain themselves, and those that follow from them. */
    record Split<T>(List<T> causes, List<T> consequences) {
    }

    /** The last part of the name PostgreSQL says does not exist, or null. */
    static String missingName(SQLException e) {
        String message = e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : null;
        if (message == null) {
            return null;
        }
        Matcher m = MISSING.matcher(message);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip(); // PostgreSQL prints the names as stored: no case folding to undo
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
