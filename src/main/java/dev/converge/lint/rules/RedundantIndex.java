package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.model.Table;

/**
 * An index that another index of the same table makes unnecessary: the same method and predicate, and its keys
 * the same as the other's or (btree only) a prefix of them, with its INCLUDE columns covered too. A unique index
 * on a strict prefix is not redundant (it enforces something); of two equal indexes, the non-unique one, else the
 * one that is not a constraint, else the later name is reported.
 */
public final class RedundantIndex extends Rule {

    public static final String ID = "redundant-index";

    public RedundantIndex() {
        super(ID, Severity.WARNING, "A duplicate index, or one whose keys lead another index with the same method "
                + "and predicate, costs writes and space and serves no query the other cannot");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            List<IndexKeys> indexes = IndexKeys.of(table);
            Set<String> reported = new HashSet<>();
            for (IndexKeys candidate : indexes) {
                for (IndexKeys other : indexes) {
                    if (candidate != other && !reported.contains(other.name()) && redundant(candidate, other)) {
                        reported.add(candidate.name());
                        boolean same = candidate.keys().equals(other.keys());
                        findings.add(new Finding(ID, candidate.subject(),
                                (candidate.subject().kind().equals("index") ? "index " : "constraint ")
                                        + candidate.name() + " on " + table.name() + " (" + String.join(", ",
                                        candidate.keys()) + ") is " + (same ? "a duplicate of " : "covered by ")
                                        + other.name() + " (" + String.join(", ", other.keys()) + ")",
                                "drop " + candidate.name() + " from the desired state"
                                        + (candidate.subject().kind().equals("index") ? "" : " (the constraint)")));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    static boolean redundant(IndexKeys candidate, IndexKeys other) {
        if (!candidate.method().equals(other.method()) || !Objects.equals(candidate.predicate(), other.predicate())
                || candidate.keys().size() > other.keys().size()) {
            return false;
        }
        boolean same = candidate.keys().equals(other.keys());
        boolean prefix = "btree".equals(candidate.method())
                && other.keys().subList(0, candidate.keys().size()).equals(candidate.keys());
        if (!same && !prefix) {
            return false;
        }
        if (candidate.unique() && !(same && other.unique())) {
            return false;
        }
        Set<String> covered = new HashSet<>(other.keys());
        covered.addAll(other.include());
        if (!covered.containsAll(candidate.include())) {
            return false;
        }
        if (same && candidate.unique() == other.unique() && candidate.include().size() == other.include().size()) {
            // Two equal indexes: report one of them only, the index rather than the constraint, else the later.
            boolean candidateIsIndex = candidate.subject().kind().equals("index");
            boolean otherIsIndex = other.subject().kind().equals("index");
            if (candidateIsIndex != otherIsIndex) {
                return candidateIsIndex;
            }
            return candidate.name().compareTo(other.name()) > 0;
        }
        return true;
    }
}
