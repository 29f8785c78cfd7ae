package dev.converge.fuzz;

import java.util.List;

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

    /** Two versions of one schema. */
    record Pair(long seed, FuzzSchema current, FuzzSchema desired) {
    }

    private SchemaPairGenerator() {
    }

    /** @param roles two role names that exist on the server, for grants, policies and default privileges */
    static Pair generate(long seed, List<String> roles) {
        Gen gen = new Gen(seed);
        FuzzSchema current = new FuzzSchema(roles);
        for (KindGenerator kind : KINDS) {
            kind.generate(current, gen);
        }
        FuzzSchema desired = current.copy();
        for (KindGenerator kind : KINDS) {
            kind.mutate(desired, gen);
        }
        return new Pair(seed, current, desired);
    }
}
