package dev.converge.source.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject;
import dev.converge.source.write.SqlDesiredStateFormat;

/** Which file an inspected statement goes to is decided by the schema its object name mentions. */
class SqlDesiredStateFormatTest {

    private static final Set<String> SCHEMAS = Set.of("shop", "shop_audit", "public", "Sales Data", "Sales");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "shop.orders | shop",
            "shop_audit.log | shop_audit",
            "trg on shop.orders | shop",
            "table shop_audit.log | shop_audit",
            "postgres in shop TABLES to reader | shop",
            "schema public | public",
            "pgcrypto | ",
            "other.table | ",
            "table Sales Data.events_p27 | Sales Data",
            "column Sales Data.items.Qty 17 | Sales Data",
            "table Sales.items | Sales",
            "fz 1 Reader in Sales Data FUNCTIONS to fz 1 owner | Sales Data",
            "trg 1 on Sales Data.Items 13 | Sales Data",
            "Salesman.items | "})
    void schemaOfAnObjectName(String objectName, String schema) {
        assertThat(SqlDesiredStateFormat.schemaOf(objectName, SCHEMAS)).isEqualTo(schema);
    }

    /** The file follows the statement's typed kind; a view's trigger sits with the tables' triggers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VIEW_TRIGGER | t ON shop.v | shop/triggers.sql",
            "RULE | r ON shop.v | shop/objects.sql",
            "STATISTICS | shop.s | shop/objects.sql",
            "CAST | (integer AS other.c) | objects.sql"})
    void definedObjectsGoToTheirFile(DefinedKind kind, String target, String file) {
        DefinedObject object = new DefinedObject(kind, QualifiedName.of("shop", "v"), null, target,
                List.of("CREATE ..."), null);
        Statement statement = new Statement("CREATE ...", Statement.Execution.TRANSACTION, Set.of(),
                Statement.Action.CREATE, Subject.defined(object), "create");
        assertThat(SqlDesiredStateFormat.fileOf(statement, SCHEMAS)).isEqualTo(file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENUM | shop/types.sql", "INDEX | shop/tables.sql", "MATERIALIZED_VIEW | shop/views.sql",
            "COLUMN | shop/tables.sql", "POLICY | shop/policies.sql"})
    void objectsGoToTheFileOfTheirKind(Subject.Kind kind, String file) {
        Statement statement = new Statement("SELECT 1", Statement.Execution.TRANSACTION, Set.of(),
                Statement.Action.ALTER, Subject.of(kind, QualifiedName.of("shop", "x")), "alter");
        assertThat(SqlDesiredStateFormat.fileOf(statement, SCHEMAS)).isEqualTo(file);
    }
}
