package dev.converge.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.model.QualifiedName;

/**
 * How the planner treats one kind of change: where it sorts ({@link Stage}, then {@code rank} among the kinds of
 * its stage), what it provides and needs ({@link ChangeFacts}), the statements it renders to, the names it brings
 * into or takes out of the plan that other objects' catalog text may mention ({@link Mentions}), its
 * expand/contract phase, the data checks it asks for before apply, and whether it may run after the plan's
 * transaction. A {@link ChangeFamily} declares the rules of its kinds; {@link ChangeKinds} finds them.
 */
final class KindRules<C extends Change> {

    @FunctionalInterface
    interface StageRule<C> {
        Stage of(C change);
    }

    @FunctionalInterface
    interface FactsRule<C> {
        void add(C change, Mentions mentions, ChangeFacts facts);
    }

    @FunctionalInterface
    interface RenderRule<C> {
        List<Statement> render(C change, RenderContext context);
    }

    @FunctionalInterface
    interface NamesRule<C> {
        void add(C change, Mentions.Names names);
    }

    @FunctionalInterface
    interface PhaseRule<C> {
        List<Statement> assign(C change, List<Statement> statements);
    }

    @FunctionalInterface
    interface PreflightRule<C> {
        void add(C change, PreflightPlanner planner);
    }

    @FunctionalInterface
    interface IsolatedRule<C> {
        boolean isolated(C change, RenderContext context);
    }

    @FunctionalInterface
    interface OnlineRule<C> {
        boolean online(C change, Set<QualifiedName> newRelations);
    }

    private final Class<C> kind;
    private final int rank;
    private final StageRule<C> stage;
    private FactsRule<C> facts;
    private RenderRule<C> render;
    private NamesRule<C> names = (change, into) -> { };
    private PhaseRule<C> phases = (change, statements) -> PhaseRules.byHazards(statements);
    private PreflightRule<C> preflight = (change, planner) -> { };
    private OnlineRule<C> online = (change, newRelations) -> false;
    private boolean movableAfterCommit;
    private IsolatedRule<C> isolated = (change, context) -> false;

    KindRules(Class<C> kind, int rank, StageRule<C> stage) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rank = rank;
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Required: the keys the change provides, requires, removes and releases. */
    KindRules<C> facts(FactsRule<C> rule) {
        this.facts = rule;
        return this;
    }

    /** Required: the change's statements, in order. */
    KindRules<C> render(RenderRule<C> rule) {
        this.render = rule;
        return this;
    }

    /** The user types, sequences or functions the change creates or drops, which other catalog text may name. */
    KindRules<C> names(NamesRule<C> rule) {
        this.names = rule;
        return this;
    }

    /** The expand/contract phase of each statement; by default CONTRACT when a statement narrows (by hazards). */
    KindRules<C> phases(PhaseRule<C> rule) {
        this.phases = rule;
        return this;
    }

    /** The change removes or renames what the running code may use: all its statements are CONTRACT. */
    KindRules<C> removal() {
        return phases((change, statements) -> PhaseRules.contract(statements));
    }

    /** The change only widens what the running code may use: all its statements are EXPAND. */
    KindRules<C> widening() {
        return phases((change, statements) -> PhaseRules.expand(statements));
    }

    /** The data checks to run before apply (see {@link PreflightPlanner}). */
    KindRules<C> preflight(PreflightRule<C> rule) {
        this.preflight = rule;
        return this;
    }

    /** Whether the change is worth running after the transaction, on its own (index work CONCURRENTLY). */
    KindRules<C> online(OnlineRule<C> rule) {
        this.online = rule;
        return this;
    }

    /** The change can follow an online change after the transaction without leaving the schema half-made. */
    KindRules<C> movableAfterCommit() {
        this.movableAfterCommit = true;
        return this;
    }

    /**
     * Whether the change only creates what nothing else uses yet (a new object, or a part of a table the plan
     * creates), so that a large plan may commit it early (see {@link NewObjectsFirst}).
     */
    KindRules<C> createsIsolated(IsolatedRule<C> rule) {
        this.isolated = rule;
        return this;
    }

    /** {@link #createsIsolated(IsolatedRule)} for a change that always creates a new object. */
    KindRules<C> createsIsolated() {
        return createsIsolated((change, context) -> true);
    }

    boolean createsIsolated(Change change, RenderContext context) {
        return isolated.isolated(kind.cast(change), context);
    }

    Class<C> kind() {
        return kind;
    }

    int rank() {
        return rank;
    }

    boolean complete() {
        return facts != null && render != null;
    }

    Stage stage(Change change) {
        return stage.of(kind.cast(change));
    }

    void addFacts(Change change, Mentions mentions, ChangeFacts into) {
        facts.add(kind.cast(change), mentions, into);
    }

    List<Statement> render(Change change, RenderContext context) {
        return render.render(kind.cast(change), context);
    }

    void addNames(Change change, Mentions.Names into) {
        names.add(kind.cast(change), into);
    }

    List<Statement> assignPhases(Change change, List<Statement> statements) {
        return phases.assign(kind.cast(change), statements);
    }

    void addPreflight(Change change, PreflightPlanner planner) {
        preflight.add(kind.cast(change), planner);
    }

    boolean online(Change change, Set<QualifiedName> newRelations) {
        return online.online(kind.cast(change), newRelations);
    }

    boolean isMovableAfterCommit() {
        return movableAfterCommit;
    }
}
