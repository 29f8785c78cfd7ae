package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;

/**
 * Names that do not match the project's convention for their kind (converge.yaml {@code lint.naming}: a regular
 * expression the whole name must match, {@code {table}} standing for the table's name). Kinds without a pattern are
 * not checked, so the rule finds nothing until a convention is set.
 */
public final class NamingConvention extends Rule {

    public static final String ID = "naming-convention";

    public NamingConvention() {
        super(ID, Severity.ERROR, "Names follow the project's convention for their kind (lint.naming in "
                + "converge.yaml)");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (NamedObjects named : NamedObjects.of(input.desired())) {
            Pattern pattern = input.settings().naming(named.kind(), named.table());
            if (pattern != null && !pattern.matcher(named.name()).matches()) {
                String configured = input.settings().naming().get(named.kind());
                findings.add(new Finding(ID, named.subject(), named.describe() + " does not match the "
                        + named.kind().key() + " naming convention " + configured,
                        "rename it to match " + configured + (named.table() == null ? ""
                                : " ({table} is " + named.table() + ")")));
            }
        }
        return findings;
    }
}
