package dev.converge.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One printed expression for PostgreSQL to parse once more, in a place where it parses it as in its own: the
 * statements that put it there (on scratch objects named {@code key}, in a transaction that is rolled back), and a
 * scalar query that reads what PostgreSQL then prints, null when it refused the statements.
 *
 * <p>PostgreSQL does not always print an expression as it prints the same expression parsed from that print (see
 * {@link CheckReparse}); the second print of a print is itself, so two prints of one expression have the same second
 * print. This is what every kind of expression shares: a CHECK, an index, a default, a policy, a trigger's WHEN.
 */
public record SecondPrint(String key, List<String> statements, String probe) {

    /** The scratch names of the objects a second print is asked on: {@code converge_reparse_N}. */
    public static final String SCRATCH = "converge_reparse_";

    /**
     * Which prints can print differently after a second parse: a chain of AND/OR (BETWEEN nests one in it) or an
     * array cast as a whole (an IN list on a varchar column), in brackets or, where PostgreSQL prints pretty
     * (statistics objects), without ({@code ARRAY[...]::text[]}). Only a filter of what to ask PostgreSQL about, so
     * that a schema of plain expressions costs nothing; the answer is PostgreSQL's.
     */
    private static final Pattern MAY_REPRINT = Pattern.compile("\\b(AND|OR)\\b.*\\b(AND|OR)\\b|\\]\\)?::",
            Pattern.DOTALL);

    public SecondPrint {
        statements = List.copyOf(statements);
    }

    /** Whether PostgreSQL may print {@code print} differently once it parses it again. */
    public static boolean mayReprint(String print) {
        return print != null && MAY_REPRINT.matcher(print).find();
    }

    /** The scratch name of the {@code n}th expression asked about. */
    public static String scratchName(int n) {
        return SCRATCH + n;
    }
}
