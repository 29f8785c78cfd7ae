package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Column;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * A column of type {@code timestamp without time zone} (or an array of it): it stores a wall-clock reading without
 * saying where, so the same instant written from two time zones compares wrong. {@code timestamptz} stores an
 * instant and costs the same.
 */
public final class TimestampWithoutTimeZone extends Rule {

    public static final String ID = "timestamp-without-time-zone";

    public TimestampWithoutTimeZone() {
        super(ID, Severity.WARNING, "timestamp without time zone stores a wall-clock reading, not an instant; "
                + "timestamptz stores the instant at the same cost");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            if (table.isPartition()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.type().startsWith("timestamp") && column.type().contains("without time zone")) {
                    String desired = column.type().replace("without time zone", "with time zone");
                    findings.add(new Finding(ID, Subject.member("column", table.name(), column.name()),
                            "column " + table.name() + "." + column.name() + " is " + column.type(),
                            "declare it " + desired + " (ALTER ... TYPE timestamptz USING "
                                    + SqlText.identifier(column.name()) + " AT TIME ZONE 'UTC' for existing data)"));
                }
            }
        }
        return findings;
    }
}
