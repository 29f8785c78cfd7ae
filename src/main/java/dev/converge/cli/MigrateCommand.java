package dev.converge.cli;

import picocli.CommandLine.Command;

/** {@code converge migrate}: versioned migrations for Flyway, Liquibase, golang-migrate or plain SQL runners. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Write and check versioned migrations for teams that deploy with a migration tool: the next "
                + "migration is computed from the directory's migrations (replayed into a scratch database) to the "
                + "desired state. See docs/migrations.md.",
        subcommands = {MigrateDiffCommand.class, MigrateCheckCommand.class, MigrateHashCommand.class})
final class MigrateCommand {
}
