package dev.converge.source.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
