package dev.converge.apply;

import java.util.List;
import java.util.Objects;

import dev.converge.plan.DataCheck;

/**
 * What one data check found: how many rows (or keys, or values), a few of them, or the error that kept the check
 * from running ({@code error} not null; {@code count} is then -1 and the finding does not block).
 */
public record DataFinding(DataCheck check, long count, List<String> sample, String error) {

    public DataFinding {
        Objects.requireNonNull(check, "check");
        sample = List.copyOf(sample);
    }

    /** True when the plan would fail on this data: a blocking check that found something. */
    public boolean blocks() {
        return error == null && count > 0 && check.blocking();
    }

    /** One line for people: {@code public.users: 2 rows with NULL in email (set not null on ...); sample: id='3'}. */
    public String describe() {
        String base = check.table() + ": ";
        if (error != null) {
            return base + "could not check " + check.finding() + " (" + check.change() + "): " + error;
        }
        // The findings are worded "row(s) with NULL in email": the count decides which.
        String text = base + count + " " + check.finding().replace("(s)", count == 1 ? "" : "s") + " ("
                + check.change() + ")";
        return sample.isEmpty() ? text : text + "; sample: " + String.join("; ", sample);
    }
}
