package dev.converge.cli.reliability;

import java.util.List;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * A target's schema dump without Converge's own history table: apply records a run as running in its own committed
 * transaction before its first statement (so that a killed run stays visible), so that table is there after any
 * apply, interrupted or not, and is no part of the state the tests compare.
 */
final class UserSchema {

    private UserSchema() {
    }

    static List<String> of(TestDatabase target) {
        return SchemaDump.of(target.spec()).stream()
                .filter(s -> !s.contains(" converge.") && !s.contains("SCHEMA converge")).toList();
    }
}
