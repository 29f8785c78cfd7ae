package dev.converge.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.ChangeSet;
import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.Differ;
import dev.converge.diff.ObjectFilter;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.TableSizes;
import dev.converge.lint.LintInput;
import dev.converge.lint.LintResult;
import dev.converge.lint.LintRules;
import dev.converge.lint.LintSettings;
import dev.converge.lint.Linter;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.SourceLine;
import dev.converge.model.Catalog;
import dev.converge.plan.Phase;
import dev.converge.source.ObjectSite;
import dev.converge.source.ObjectSites;
import dev.converge.source.SqlStatement;

/**
 * {@code converge lint}: reads the desired state the one way Converge knows (through a dev database, so the rules
 * see what PostgreSQL made of it), and with a target also computes the plan against it and reads its table sizes,
 * then runs the lint rules. The lines of the objects and the nolint comments come from the desired files. Reads
 * only; the dev database is dropped afterwards.
 */
public final class LintWorkflow {

    private final Progress progress;

    public LintWorkflow(Progress progress) {
        this.progress = progress;
    }

    /** What lint found, the managed schemas, and notes for the user (a nolint naming no known rule, say). */
    public record Outcome(LintResult result, Set<String> schemas, List<String> notes) {
        public Outcome {
            schemas = java.util.Collections.unmodifiableSet(new TreeSet<>(schemas));
            notes = List.copyOf(notes);
        }
    }

    /**
     * Lints the desired state alone, normalised in a temporary database on {@code devServer}; objects matching the
     * project's exclude patterns (or outside its include patterns) are left out, as plan leaves them.
     */
    public Outcome lintDesired(List<Path> paths, Set<String> schemas, List<String> include, List<String> exclude,
                               ConnectionSpec devServer, LintSettings settings) {
        ObjectFilter filter = new ObjectFilter(include, exclude);
        DesiredState desired = new DesiredStateReader(progress).read(paths, devServer, schemas, Set.of(), List.of());
        Catalog catalog = filter.apply(desired.catalog());
        return lint(new LintInput(catalog, settings, null), paths, desired.schemas());
    }

    /** Lints the desired state and the plan that would take {@code target} there (only the given phases; empty: all). */
    public Outcome lintPlan(Target target, Set<Phase> phases, LintSettings settings) {
        try (Connection connection = target.database().open()) {
            PlanWorkflow.Computed computed = new PlanWorkflow(progress).compute(target, connection);
            PlanResult result = computed.result();
            ChangeSet changes = Differ.diff(computed.current(), result.desired(), computed.desired().renameHints());
            PlanFacts facts = new PlanFacts(result.current(), changes, result.plan(),
                    TableSizes.read(connection, result.schemas()), phases);
            return lint(new LintInput(result.desired(), settings, facts), target.desired(), result.schemas());
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + target.database() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private Outcome lint(LintInput input, List<Path> paths, Set<String> schemas) {
        progress.step("checking " + LintRules.ALL.size() + " lint rules");
        List<SqlStatement> statements = DesiredStateReader.parse(paths);
        List<SourceLine> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ObjectSite site : ObjectSites.in(statements)) {
            String file = display(site.file());
            lines.add(new SourceLine(site.family(), site.schema(), site.name(), site.member(), file,
                    site.line(), site.column(), site.nolint(), site.nolintAll()));
            for (String rule : site.nolint()) {
                if (LintRules.byId(rule).isEmpty()) {
                    notes.add(file + ":" + site.line() + ": converge:nolint names no lint rule '" + rule
                            + "' (known: " + String.join(", ", LintRules.ids()) + ")");
                }
            }
        }
        return new Outcome(Linter.lint(input, lines), schemas, notes);
    }

    /**
     * A file under the working directory as a relative path: paths from converge.yaml are absolute, and a
     * report (SARIF above all) should name files as the repository does.
     */
    public static String display(String file) {
        Path path = Path.of(file);
        Path workingDirectory = Path.of("").toAbsolutePath();
        return path.isAbsolute() && path.normalize().startsWith(workingDirectory)
                ? workingDirectory.relativize(path.normalize()).toString() : file;
    }
}
