package dev.converge.source;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.Identity;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * The current catalog as compared, where an expression other than a table CHECK differs from the desired one only by
 * PostgreSQL's second print: index expressions and predicates (of tables and materialized views), column defaults and generation expressions, domain
 * checks and defaults, policies' USING and WITH CHECK, triggers' WHEN, view queries, rules, SQL-standard routine
 * bodies, statistics objects and partition keys ({@link RoutineStatisticsKeyPairs}) (see
 * {@link CheckReparse} for the two prints). A view's query or a rule is parsed again among the relations it reads,
 * which the caller builds in the scratch database ({@link #relationsRead}).
 *
 * <p>A target built from the user's SQL holds the first print; a target where Converge created the object from a
 * print, or a desired state loaded from inspect output, holds the second. For each such object of both sides whose
 * prints differ and may print differently ({@link SecondPrint#mayReprint}), PostgreSQL parses both prints once more
 * in a scratch database ({@link ExpressionPlaces}); where the second prints are the same, the current object takes
 * the desired print, so the differ sees no change. Both sides are asked here rather than the desired one in the dev
 * database, as only the few pairs that differ are worth asking about. What PostgreSQL refuses in the scratch database
 * (an expression naming a table or function it lacks) keeps its first print, and compares as before.
 */
public final class CurrentExpressionReprint {

    private CurrentExpressionReprint() {
    }

    /**
     * One expression on both sides: each side's second print asked for, and how the current catalog takes the
     * desired print once both are the same; the tails are what a second print drops of each side's print (a NOT
     * VALID).
     */
    private record Pair(SecondPrint current, SecondPrint desired, String currentTail, String desiredTail,
                        Consumer<CatalogEdits> agree) {
    }

    /** Whether any expression differs in a way a second print may explain: only then is a scratch database needed. */
    public static boolean needed(Catalog current, Catalog desired) {
        return !pairs(current, desired).isEmpty();
    }

    /** {@code current} with the desired print wherever both second prints are the same. */
    public static Catalog of(Connection scratch, Catalog current, Catalog desired) {
        return of(SecondPrinter.on(scratch), current, desired);
    }

    /** Like the other, asking {@code printer} (PostgreSQL, or a cache of its answers). */
    public static Catalog of(SecondPrinter printer, Catalog current, Catalog desired) {
        List<Pair> pairs = pairs(current, desired);
        if (pairs.isEmpty()) {
            return current;
        }
        List<SecondPrint> asked = new ArrayList<>();
        pairs.forEach(p -> asked.addAll(List.of(p.current(), p.desired())));
        Map<String, String> printed = printer.secondPrints(asked,
                "re-reading the current expressions that differ from the desired ones in a scratch database on the "
                        + "dev server");
        CatalogEdits compared = new CatalogEdits(current);
        for (Pair pair : pairs) {
            String currentAgain = printed.get(pair.current().key());
            String desiredAgain = printed.get(pair.desired().key());
            if (currentAgain != null && (currentAgain + pair.currentTail()).equals(desiredAgain + pair.desiredTail())) {
                pair.agree().accept(compared);
            }
        }
        return compared.build();
    }

    private static List<Pair> pairs(Catalog current, Catalog desired) {
        Pairs pairs = new Pairs();
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        for (Table table : current.tables()) {
            desired.table(table.name()).ifPresent(wanted -> {
                indexes(pairs, table, wanted);
                columns(pairs, table, wanted);
            });
        }
        Map<QualifiedName, Domain> desiredDomains = desired.domainsByName();
        for (Domain domain : current.domains()) {
            Optional.ofNullable(desiredDomains.get(domain.name())).ifPresent(wanted -> domains(pairs, domain, wanted));
        }
        Map<String, Policy> desiredPolicies = new HashMap<>();
        desired.policies().forEach(p -> desiredPolicies.put(p.table() + " " + p.name(), p));
        for (Policy policy : current.policies()) {
            Optional.ofNullable(desiredPolicies.get(policy.table() + " " + policy.name()))
                    .ifPresent(wanted -> policies(pairs, currentTables.get(policy.table()),
                            desiredTables.get(wanted.table()), policy, wanted));
        }
        Map<QualifiedName, View> desiredViews = desired.viewsByName();
        for (View view : current.views()) {
            View wanted = desiredViews.get(view.name());
            if (wanted != null && view.materialized() && wanted.materialized()) {
                viewIndexes(pairs, view, wanted);
            }
            if (wanted != null && pairs.differ(view.definition(), wanted.definition())) {
                pairs.add(k -> ExpressionPlaces.view(k, view.definition()),
                        k -> ExpressionPlaces.view(k, wanted.definition()), "", "",
                        c -> c.view(view.name(), v -> v.withDefinition(wanted.definition())));
            }
        }
        Map<ObjectRef, DefinedObject> desiredObjects = desired.definedObjectsByRef();
        for (DefinedObject rule : rulesWithPrints(current, desired)) {
            DefinedObject wanted = desiredObjects.get(rule.ref());
            pairs.add(k -> ExpressionPlaces.rule(k, rule.member(), rule.definition().get(0)),
                    k -> ExpressionPlaces.rule(k, wanted.member(), wanted.definition().get(0)), "", "",
                    c -> c.object(rule, o -> new DefinedObject(o.kind(), o.name(), o.member(), o.target(),
                            wanted.definition(), o.comment())));
        }
        RoutineStatisticsKeyPairs.add(pairs, current, desired);
        Map<String, Trigger> desiredTriggers = new HashMap<>();
        desired.triggers().forEach(t -> desiredTriggers.put(t.table() + " " + t.name(), t));
        for (Trigger trigger : current.triggers()) {
            Optional.ofNullable(desiredTriggers.get(trigger.table() + " " + trigger.name()))
                    .ifPresent(wanted -> triggers(pairs, currentTables.get(trigger.table()),
                            desiredTables.get(wanted.table()), trigger, wanted));
        }
        return pairs.list;
    }

    /**
     * The current tables and views that the views and rules that need a second print read (a rule: its table too),
     * directly or through other views: the scratch database must have them (as the current state has them) for
     * PostgreSQL to parse those again.
     */
    public static Set<QualifiedName> relationsRead(Catalog current, Catalog desired) {
        Map<QualifiedName, View> desiredViews = desired.viewsByName();
        Pairs pairs = new Pairs();
        Deque<ObjectRef> pending = new ArrayDeque<>();
        for (View view : current.views()) {
            View wanted = desiredViews.get(view.name());
            if (wanted != null && pairs.differ(view.definition(), wanted.definition())) {
                pending.add(view.ref());
            }
        }
        Map<QualifiedName, View> currentViews = current.viewsByName();
        rulesWithPrints(current, desired).forEach(rule -> pending.add(rule.ref()));
        // a SQL-standard body reads its tables when it is created again
        RoutineStatisticsKeyPairs.routines(current, desired).forEach(r -> pending.add(r.ref()));
        Set<QualifiedName> read = new TreeSet<>();
        while (!pending.isEmpty()) {
            for (ObjectRef used : current.dependenciesOf(pending.remove())) {
                boolean relation = used.kind() == ObjectKind.TABLE || used.kind() == ObjectKind.COLUMN
                        || used.kind() == ObjectKind.VIEW || used.kind() == ObjectKind.MATERIALIZED_VIEW;
                // a view read (or one of its columns) reads relations of its own
                if (relation && read.add(used.name()) && currentViews.containsKey(used.name())) {
                    pending.add(currentViews.get(used.name()).ref());
                }
            }
        }
        return read;
    }

    /**
     * Current rules whose CREATE RULE differs from the desired one's in a way a second print may explain (what
     * follows it, ALTER TABLE ... RULE statements, the same).
     */
    private static List<DefinedObject> rulesWithPrints(Catalog current, Catalog desired) {
        Map<ObjectRef, DefinedObject> wanted = desired.definedObjectsByRef();
        Pairs pairs = new Pairs();
        return current.definedObjects().stream().filter(o -> o.kind() == DefinedKind.RULE).filter(o -> {
            DefinedObject w = wanted.get(o.ref());
            return w != null && pairs.differ(o.definition().get(0), w.definition().get(0))
                    && o.definition().subList(1, o.definition().size())
                    .equals(w.definition().subList(1, w.definition().size()));
        }).toList();
    }

    private static void indexes(Pairs pairs, Table table, Table wanted) {
        for (Index index : table.indexes()) {
            wanted.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().ifPresent(w -> {
                if (pairs.differ(index.definition(), w.definition())) {
                    pairs.add(k -> ExpressionPlaces.index(k, table, index), k -> ExpressionPlaces.index(k, wanted, w),
                            "", "", c -> c.index(table.name(), index.name(), w));
                }
            });
        }
    }

    /** A materialized view's indexes, parsed again on a table with the view's columns. */
    private static void viewIndexes(Pairs pairs, View view, View wanted) {
        Table table = asTable(view);
        Table wantedTable = asTable(wanted);
        for (Index index : view.indexes()) {
            wanted.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().ifPresent(w -> {
                if (pairs.differ(index.definition(), w.definition())) {
                    pairs.add(k -> ExpressionPlaces.index(k, table, index),
                            k -> ExpressionPlaces.index(k, wantedTable, w), "", "",
                            c -> c.viewIndex(view.name(), index.name(), w));
                }
            });
        }
    }

    private static Table asTable(View view) {
        return new Table(view.name(), false, view.columns().stream().map(c -> new Column(c.name(), c.type(), false,
                null, Identity.NONE, null, null, null)).toList(), List.of(), List.of(), null);
    }

    private static void columns(Pairs pairs, Table table, Table wanted) {
        for (Column column : table.columns()) {
            wanted.column(column.name()).ifPresent(w -> {
                if (pairs.differ(column.defaultExpression(), w.defaultExpression())) {
                    pairs.add(k -> ExpressionPlaces.column(k, table, column, false, column.defaultExpression()),
                            k -> ExpressionPlaces.column(k, wanted, w, false, w.defaultExpression()), "", "",
                            c -> c.column(table.name(), column.name(), x -> new Column(x.name(), x.type(),
                                    x.notNull(), w.defaultExpression(), x.identity(), x.generatedExpression(),
                                    x.collation(), x.comment(), x.settings())));
                }
                if (pairs.differ(column.generatedExpression(), w.generatedExpression())) {
                    pairs.add(k -> ExpressionPlaces.column(k, table, column, true, column.generatedExpression()),
                            k -> ExpressionPlaces.column(k, wanted, w, true, w.generatedExpression()), "", "",
                            c -> c.column(table.name(), column.name(), x -> new Column(x.name(), x.type(),
                                    x.notNull(), x.defaultExpression(), x.identity(), w.generatedExpression(),
                                    x.collation(), x.comment(), x.settings())));
                }
            });
        }
    }

    private static void domains(Pairs pairs, Domain domain, Domain wanted) {
        if (pairs.differ(domain.defaultExpression(), wanted.defaultExpression())) {
            pairs.add(k -> ExpressionPlaces.domainDefault(k, domain, domain.defaultExpression()),
                    k -> ExpressionPlaces.domainDefault(k, wanted, wanted.defaultExpression()), "", "",
                    c -> c.domain(domain.name(), d -> new Domain(d.name(), d.baseType(),
                            wanted.defaultExpression(), d.notNull(), d.collation(), d.constraints(), d.comment())));
        }
        for (DomainConstraint check : domain.constraints()) {
            wanted.constraints().stream().filter(w -> w.name().equals(check.name())).findFirst().ifPresent(w -> {
                if (pairs.differ(check.definition(), w.definition())) {
                    pairs.add(k -> ExpressionPlaces.domainCheck(k, domain, check.definition()),
                            k -> ExpressionPlaces.domainCheck(k, wanted, w.definition()), notValidTail(check
                                    .definition()), notValidTail(w.definition()),
                            c -> c.domain(domain.name(), d -> new Domain(d.name(), d.baseType(),
                                    d.defaultExpression(), d.notNull(), d.collation(), d.constraints().stream()
                                    .map(x -> x.name().equals(w.name()) ? w : x).toList(), d.comment())));
                }
            });
        }
    }

    private static void policies(Pairs pairs, Table table, Table wantedTable, Policy policy, Policy wanted) {
        if (table == null || wantedTable == null) {
            return;
        }
        if (pairs.differ(policy.using(), wanted.using())) {
            pairs.add(k -> ExpressionPlaces.policy(k, table, false, policy.using()),
                    k -> ExpressionPlaces.policy(k, wantedTable, false, wanted.using()), "", "",
                    c -> c.policy(policy, p -> new Policy(p.table(), p.name(), p.command(), p.permissive(),
                            p.roles(), wanted.using(), p.withCheck(), p.columns(), p.comment())));
        }
        if (pairs.differ(policy.withCheck(), wanted.withCheck())) {
            pairs.add(k -> ExpressionPlaces.policy(k, table, true, policy.withCheck()),
                    k -> ExpressionPlaces.policy(k, wantedTable, true, wanted.withCheck()), "", "",
                    c -> c.policy(policy, p -> new Policy(p.table(), p.name(), p.command(), p.permissive(),
                            p.roles(), p.using(), wanted.withCheck(), p.columns(), p.comment())));
        }
    }

    private static void triggers(Pairs pairs, Table table, Table wantedTable, Trigger trigger, Trigger wanted) {
        if (table != null && wantedTable != null && pairs.differ(trigger.definition(), wanted.definition())) {
            pairs.add(k -> ExpressionPlaces.trigger(k, table, trigger),
                    k -> ExpressionPlaces.trigger(k, wantedTable, wanted), "", "",
                    c -> c.trigger(trigger, t -> new Trigger(t.table(), t.name(), t.function(), t.columns(),
                            t.constraint(), t.enabled(), wanted.definition(), t.comment())));
        }
    }

    /** The pairs found so far, and the scratch names they are asked under. */
    static final class Pairs {
        private final List<Pair> list = new ArrayList<>();
        private int asked;

        /** Both present, different, and one of them of a shape that may print differently. */
        boolean differ(String current, String desired) {
            return current != null && desired != null && !current.equals(desired)
                    && (SecondPrint.mayReprint(current) || SecondPrint.mayReprint(desired));
        }

        /** A pair, unless one side's print is not of the shape its place expects (no second print: compared as is). */
        void add(Function<String, SecondPrint> current, Function<String, SecondPrint> desired, String currentTail,
                 String desiredTail, Consumer<CatalogEdits> agree) {
            SecondPrint c = current.apply(SecondPrint.scratchName(asked));
            SecondPrint d = desired.apply(SecondPrint.scratchName(asked + 1));
            if (c != null && d != null) {
                asked += 2;
                list.add(new Pair(c, d, currentTail, desiredTail, agree));
            }
        }
    }

    private static String notValidTail(String definition) {
        return definition.substring(ExpressionPlaces.withoutNotValid(definition).length());
    }
}
