package dev.converge.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.change.Change;

/**
 * The planning rules of every change kind, gathered from the families: the one lookup that the planner's hubs
 * ({@link Placement}, {@link ChangeFacts}, {@link StatementRenderer}, {@link PhaseRules}, {@link AfterCommit},
 * {@link Mentions}, {@link PreflightPlanner}) go through instead of testing kinds one by one. A test checks that
 * every permitted {@link Change} has complete rules.
 */
final class ChangeKinds {

    private static final List<ChangeFamily> FAMILIES = List.of(
            new SchemaFamily(), new TypeFamily(), new SequenceFamily(), new TableFamily(),
            new ConstraintFamily(), new ViewFamily(), new RoutineFamily(), new SecurityFamily(),
            new ObjectFamily(), new CommentFamily(), new RenameFamily(), new SettingsFamily());

    private static final Map<Class<? extends Change>, KindRules<?>> RULES = collect();

    private ChangeKinds() {
    }

    /** Where a family declares the rules of its kinds. */
    static final class Registry {

        private final Map<Class<? extends Change>, KindRules<?>> rules = new HashMap<>();

        /** A kind that always sorts in {@code stage}; {@code rank} orders it among the other kinds of its stage. */
        <C extends Change> KindRules<C> add(Class<C> kind, int rank, Stage stage) {
            return add(kind, rank, change -> stage);
        }

        /** A kind whose stage depends on the change (a foreign key sorts apart from other constraints). */
        <C extends Change> KindRules<C> add(Class<C> kind, int rank, KindRules.StageRule<C> stage) {
            KindRules<C> kindRules = new KindRules<>(kind, rank, stage);
            if (rules.putIfAbsent(kind, kindRules) != null) {
                throw new IllegalStateException("two families declare " + kind.getSimpleName());
            }
            return kindRules;
        }
    }

    private static Map<Class<? extends Change>, KindRules<?>> collect() {
        Registry registry = new Registry();
        FAMILIES.forEach(family -> family.register(registry));
        return Map.copyOf(registry.rules);
    }

    /** @throws IllegalArgumentException for a kind no family declares (a bug that ChangeKindsTest catches) */
    static KindRules<?> of(Change change) {
        KindRules<?> rules = RULES.get(change.getClass());
        if (rules == null) {
            throw new IllegalArgumentException("no family declares change kind " + change.getClass().getName());
        }
        return rules;
    }

    /** Every declared kind, for the test that checks them against {@code Change.getPermittedSubclasses()}. */
    static Set<Class<? extends Change>> declared() {
        return RULES.keySet();
    }

    static boolean complete(Class<? extends Change> kind) {
        KindRules<?> rules = RULES.get(kind);
        return rules != null && rules.complete();
    }
}
