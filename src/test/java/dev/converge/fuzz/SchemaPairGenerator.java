package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a pair of schema versions from a seed: the first from every kind in order, the second by letting every
 * kind change a copy of the first. The same seed and roles give the same pair.
 */
final class SchemaPairGenerator {

    /**
     * The kinds, in the order they are generated: each may use what the kinds before it made. ViewReaderKind, last,
     * draws on a generator of its own, so the kinds before it make the choices they made before it was added.
     */
    static final List<KindGenerator> KINDS = List.of(new SchemaKind(), new EnumKind(), new CompositeKind(),
            new DomainKind(), new RangeTypeKind(), new CollationKind(), new SequenceKind(), new FunctionKind(),
            new TableKind(), new PartitionKind(), new InheritanceKind(), new ConstraintKind(), new IndexKind(),
            new SettingsKind(), new StatisticsKind(), new RowTypeKind(), new ViewKind(), new AggregateKind(),
            new RuleKind(), new TriggerKind(), new PolicyKind(), new CommentKind(), new GrantKind(),
            new ViewReaderKind());

    /**
     * Kinds added after seeds were recorded, each drawing from a stream of its own (append new ones: a kind's stream
     * is chosen by its position), after {@link #KINDS}: the kinds
     * of {@code KINDS} draw what they drew before these existed (they do not see these kinds' pieces while they
     * mutate: pieces of their own kind they would change, pieces with an address they would comment or grant on),
     * so every earlier seed keeps its pair, with these kinds' pieces added.
     */
    static final List<KindGenerator> LATER_KINDS = List.of(new CastKind(), new PassedOnGrantKind(),
            new AggregateStateKind(), new OperatorKind(), new ExclusionKind(), new InsteadOfTriggerKind(),
            new ConstraintTriggerKind(), new ProcedureKind(), new OwnedSequenceKind(), new ReplicaIdentityKind(),
            new NoDataMatviewKind(), new FkRingKind(), new TextSearchKind(), new EventTriggerKind(),
            new ForeignTableKind(), new CollatedViewKind(), new GrantChainKind(), new NullDefaultKind());

    /** Seeds the streams of the later kinds (the i-th: seed ^ (i + 1) * this), so that none shifts another's draws. */
    private static final long LATER_STREAM = 0x9E3779B97F4A7C15L;

    /** Two versions of one schema. */
    record Pair(long seed, FuzzSchema current, FuzzSchema desired) {
    }

    private SchemaPairGenerator() {
    }

    /** @param roles two role names that exist on the server, for grants, policies and default privileges */
    static Pair generate(long seed, List<String> roles) {
        return generate(seed, roles, LATER_KINDS);
    }

    /** With only {@code laterKinds} of the later kinds: with none, what every seed gave before they existed. */
    static Pair generate(long seed, List<String> roles, List<KindGenerator> laterKinds) {
        Gen gen = new Gen(seed);
        List<Gen> later = new ArrayList<>();
        for (int i = 0; i < laterKinds.size(); i++) {
            later.add(new Gen(seed ^ (i + 1) * LATER_STREAM));
        }
        FuzzSchema current = new FuzzSchema(roles);
        for (KindGenerator kind : KINDS) {
            kind.generate(current, gen);
        }
        int shared = current.pieces.size();
        int sharedNames = current.namesGiven();
        for (int i = 0; i < laterKinds.size(); i++) {
            laterKinds.get(i).generate(current, later.get(i));
        }
        int laterNames = current.namesGiven();
        FuzzSchema desired = current.copy();
        desired.namesFrom(sharedNames);
        List<Piece> laterPieces = new ArrayList<>(desired.pieces.subList(shared, desired.pieces.size()));
        desired.pieces.subList(shared, desired.pieces.size()).clear();
        Set<String> before = keys(desired);
        for (KindGenerator kind : KINDS) {
            kind.mutate(desired, gen);
        }
        // The later kinds' pieces come back after the others, and go where what they use went.
        desired.pieces.addAll(laterPieces);
        before.removeAll(keys(desired));
        before.forEach(desired::drop);
        desired.namesFrom(Math.max(desired.namesGiven(), laterNames));
        for (int i = 0; i < laterKinds.size(); i++) {
            laterKinds.get(i).mutate(desired, later.get(i));
        }
        return new Pair(seed, current, desired);
    }

    private static Set<String> keys(FuzzSchema schema) {
        Set<String> keys = new HashSet<>();
        schema.pieces.forEach(p -> keys.add(p.key()));
        schema.tables().forEach(t -> t.columns.forEach(c -> keys.add(t.columnKey(c.name()))));
        return keys;
    }
}
