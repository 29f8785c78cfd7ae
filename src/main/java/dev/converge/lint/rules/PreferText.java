package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Column;
import dev.converge.model.Table;

/**
 * A column of type {@code character varying(n)} or {@code character(n)}: PostgreSQL stores text the same way
 * whatever its limit, so the length only adds a rewrite (or a failed insert) when it turns out too short, and
 * {@code char(n)} pads with blanks that comparisons then ignore. Projects that want lengths switch it off
 * ({@code lint.rules.prefer-text: off}) or use a CHECK on {@code length()}.
 */
public final class PreferText extends Rule {

    public static final String ID = "prefer-text";
    private static final Pattern LIMITED = Pattern.compile("^(character varying|character)\\(\\d+\\)(\\[\\])*$");

    public PreferText() {
        super(ID, Severity.WARNING, "varchar(n) and char(n) store text like text does; the limit only adds "
                + "failed inserts and rewrites when it changes, and char(n) pads with blanks");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            if (table.isPartition()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (LIMITED.matcher(column.type()).matches()) {
                    findings.add(new Finding(ID, Subject.member("column", table.name(), column.name()),
                            "column " + table.name() + "." + column.name() + " is " + column.type(),
                            "declare it text" + (column.type().endsWith("[]") ? "[]" : "")
                                    + ", with CHECK (length(...) <= n) if the limit is a business rule"));
                }
            }
        }
        return findings;
    }
}
