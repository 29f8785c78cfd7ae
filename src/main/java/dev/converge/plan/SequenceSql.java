package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.change.AlterSequence;
import dev.converge.change.CreateSequence;
import dev.converge.change.DropSequence;
import dev.converge.change.SetSequenceOwner;
import dev.converge.model.Sequence;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Standalone sequences. */
final class SequenceSql {

    private SequenceSql() {
    }

    static Statement create(CreateSequence c) {
        Sequence s = c.sequence();
        return Statements.of(Action.CREATE, Subject.of(Kind.SEQUENCE, s.name()), "create sequence " + s.name(),
                "CREATE SEQUENCE " + SqlText.qualified(s.name()) + " AS " + s.dataType()
                        + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                        + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue() + " CACHE " + s.cache()
                        + (s.cycle() ? " CYCLE" : " NO CYCLE"));
    }

    /** A sequence OWNED BY a column may already be gone with that column (or its table): hence IF EXISTS. */
    static Statement drop(DropSequence d) {
        Sequence s = d.sequence();
        String ifExists = s.ownedBy() != null ? "IF EXISTS " : "";
        return Statements.of(Action.DROP, Subject.of(Kind.SEQUENCE, s.name()), "drop sequence " + s.name(),
                "DROP SEQUENCE " + ifExists + SqlText.qualified(s.name()), Set.of(Hazard.DELETES_DATA));
    }

    static List<Statement> alter(AlterSequence a) {
        Sequence c = a.current();
        Sequence d = a.desired();
        String regclass = SqlText.literal(SqlText.qualified(d.name())) + "::pg_catalog.regclass";
        List<Statement> statements = new ArrayList<>();
        clampIntoRange(regclass, Subject.of(Kind.SEQUENCE, d.name()), c.minValue(), c.maxValue(), d.minValue(),
                d.maxValue())
                .ifPresent(statements::add);
        statements.add(alterOptions(a));
        return statements;
    }

    /**
     * ALTER SEQUENCE checks the sequence's current value against the new MINVALUE and MAXVALUE and fails when a
     * narrowed range leaves it outside. Before such a change the value is moved to the nearest bound (with the
     * old range, which still allows it); a sequence that was never called stays uncalled, so its next value is the
     * bound.
     */
    static java.util.Optional<Statement> clampIntoRange(String regclass, Subject subject,
                                                        long currentMin, long currentMax,
                                                        long desiredMin, long desiredMax) {
        if (desiredMin <= currentMin && desiredMax >= currentMax) {
            return java.util.Optional.empty();
        }
        String lastValue = "pg_catalog.pg_sequence_last_value(s.seqrelid)";
        return java.util.Optional.of(Statements.of(Action.ALTER, subject,
                "move " + subject.name() + "'s current value into its new range " + desiredMin + ".." + desiredMax,
                "SELECT pg_catalog.setval(s.seqrelid, GREATEST(LEAST(COALESCE(" + lastValue + ", s.seqstart), "
                        + desiredMax + "), " + desiredMin + "), " + lastValue + " IS NOT NULL)"
                        + " FROM pg_catalog.pg_sequence s WHERE s.seqrelid = " + regclass));
    }

    private static Statement alterOptions(AlterSequence a) {
        Sequence c = a.current();
        Sequence d = a.desired();
        List<String> options = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        option(options, notes, "AS ", "type", c.dataType(), d.dataType());
        option(options, notes, "START WITH ", "start", c.start(), d.start());
        option(options, notes, "INCREMENT BY ", "increment", c.increment(), d.increment());
        option(options, notes, "MINVALUE ", "minvalue", c.minValue(), d.minValue());
        option(options, notes, "MAXVALUE ", "maxvalue", c.maxValue(), d.maxValue());
        option(options, notes, "CACHE ", "cache", c.cache(), d.cache());
        if (c.cycle() != d.cycle()) {
            options.add(d.cycle() ? "CYCLE" : "NO CYCLE");
            notes.add(d.cycle() ? "cycle" : "no cycle");
        }
        return Statements.of(Action.ALTER, Subject.of(Kind.SEQUENCE, d.name()),
                "alter sequence " + d.name() + ": " + String.join(", ", notes),
                "ALTER SEQUENCE " + SqlText.qualified(d.name()) + " " + String.join(" ", options));
    }

    private static void option(List<String> options, List<String> notes, String keyword, String label,
                               Object current, Object desired) {
        if (!current.equals(desired)) {
            options.add(keyword + desired);
            notes.add(label + " " + current + " -> " + desired);
        }
    }

    static Statement setOwner(SetSequenceOwner s) {
        String owner = s.desiredOwner() == null ? "NONE" : SqlText.column(s.desiredOwner());
        String summary = s.desiredOwner() == null
                ? "release sequence " + s.sequence() + " from its owner " + s.currentOwner()
                : "set owner of sequence " + s.sequence() + " to " + s.desiredOwner();
        return Statements.of(Action.ALTER, Subject.of(Kind.SEQUENCE, s.sequence()), summary,
                "ALTER SEQUENCE " + SqlText.qualified(s.sequence()) + " OWNED BY " + owner);
    }
}
