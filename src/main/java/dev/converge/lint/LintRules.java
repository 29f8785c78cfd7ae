package dev.converge.lint;

import java.util.List;
import java.util.Optional;

import dev.converge.lint.rules.BreakingDrop;
import dev.converge.lint.rules.BreakingRename;
import dev.converge.lint.rules.ForeignKeyWithoutIndex;
import dev.converge.lint.rules.IntegerPrimaryKey;
import dev.converge.lint.rules.LockOnLargeTable;
import dev.converge.lint.rules.NameNeedsQuoting;
import dev.converge.lint.rules.NamingConvention;
import dev.converge.lint.rules.NarrowingTypeChange;
import dev.converge.lint.rules.NotNullWithoutDefault;
import dev.converge.lint.rules.PreferText;
import dev.converge.lint.rules.RedundantIndex;
import dev.converge.lint.rules.SerialInsteadOfIdentity;
import dev.converge.lint.rules.TableWithoutPrimaryKey;
import dev.converge.lint.rules.TimestampWithoutTimeZone;

/** Every rule of {@code converge lint}, schema rules first, then those that read a plan; ids are unique. */
public final class LintRules {

    public static final List<LintRule> ALL = List.of(
            new TableWithoutPrimaryKey(), new ForeignKeyWithoutIndex(), new RedundantIndex(),
            new TimestampWithoutTimeZone(), new SerialInsteadOfIdentity(), new IntegerPrimaryKey(),
            new PreferText(), new NameNeedsQuoting(), new NamingConvention(),
            new BreakingDrop(), new BreakingRename(), new NotNullWithoutDefault(), new NarrowingTypeChange(),
            new LockOnLargeTable());

    private LintRules() {
    }

    public static Optional<LintRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(LintRule::id).toList();
    }
}
