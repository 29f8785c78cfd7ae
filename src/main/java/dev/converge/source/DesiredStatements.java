package dev.converge.source;

import java.util.List;

import dev.converge.source.yaml.YamlDesiredState;

/**
 * The statements of one desired-state file, whatever its format: {@code .yaml}/{@code .yml} files are rendered
 * from YAML, every other file is split as SQL. Both kinds may be mixed in one desired state. Either holds definitions
 * only ({@link DefinitionsOnly}).
 */
public final class DesiredStatements {

    private DesiredStatements() {
    }

    public static List<SqlStatement> of(SourceFile file) {
        if (YamlDesiredState.isYaml(file.path().getFileName().toString())) {
            return DefinitionsOnly.check(YamlDesiredState.statements(file));
        }
        return DefinitionsOnly.check(SqlSplitter.split(file));
    }
}
