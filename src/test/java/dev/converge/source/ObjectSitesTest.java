package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lines of objects and members, and the nolint comments on them, as lint locates and suppresses findings. */
class ObjectSitesTest {

    private static List<ObjectSite> sites(String sql) {
        return ObjectSites.in(SqlSplitter.split(new SourceFile(Path.of("s.sql"), "s.sql", sql)));
    }

    @Test
    void findsTheLineOfEveryColumnAndConstraintWithThePostgresNamesOfUnnamedOnes() {
        List<ObjectSite> sites = sites("""
                CREATE TABLE shop.orders ( -- converge:nolint table-without-primary-key
                    id bigint,
                    customer_id bigint REFERENCES shop.customers, -- converge:nolint foreign-key-without-index
                    "Code" varchar(3) UNIQUE,
                    -- converge:nolint prefer-text -- legacy API
                    label varchar(20),
                    CONSTRAINT orders_label_check CHECK (label <> ''),
                    UNIQUE (id, label)
                );
                CREATE UNIQUE INDEX orders_code ON shop.orders (id); -- not a nolint
                ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_id_fk FOREIGN KEY (id) REFERENCES x; -- converge:nolint
                """);
        assertThat(sites).extracting(ObjectSite::family, ObjectSite::schema, ObjectSite::name, ObjectSite::member,
                ObjectSite::line, ObjectSite::nolint, ObjectSite::nolintAll).containsExactly(
                tuple("relation", "shop", "orders", null, 1, List.of("table-without-primary-key"), false),
                tuple("relation", "shop", "orders", "id", 2, List.of(), false),
                tuple("relation", "shop", "orders", "customer_id", 3, List.of("foreign-key-without-index"), false),
                tuple("relation", "shop", "orders", "orders_customer_id_fkey", 3,
                        List.of("foreign-key-without-index"), false),
                tuple("relation", "shop", "orders", "Code", 4, List.of(), false),
                tuple("relation", "shop", "orders", "orders_Code_key", 4, List.of(), false),
                tuple("relation", "shop", "orders", "label", 6, List.of("prefer-text"), false),
                tuple("relation", "shop", "orders", "orders_label_check", 7, List.of(), false),
                tuple("relation", "shop", "orders", "orders_id_label_key", 8, List.of(), false),
                tuple("index", "shop", "orders_code", null, 10, List.of(), false),
                tuple("relation", "shop", "orders", "orders_id_fk", 11, List.of(), true));
    }

    @Test
    void aNolintOnAnObjectLineBelongsToTheObject() {
        List<ObjectSite> sites = sites("""
                CREATE VIEW v AS SELECT 1 AS x; -- converge:nolint name-needs-quoting, naming-convention
                CREATE TABLE t (id int) -- converge:nolint
                ;
                """);
        assertThat(sites).extracting(ObjectSite::name, ObjectSite::member, ObjectSite::nolint, ObjectSite::nolintAll)
                .containsExactly(tuple("v", null, List.of("name-needs-quoting", "naming-convention"), false),
                        tuple("t", null, List.of(), true), tuple("t", "id", List.of(), false));
    }
}
