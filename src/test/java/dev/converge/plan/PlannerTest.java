package dev.converge.plan;

import static dev.converge.diff.Build.catalog;
import static dev.converge.diff.Build.col;
import static dev.converge.diff.Build.enumType;
import static dev.converge.diff.Build.intIdentityOptions;
import static dev.converge.diff.Build.ownedSequence;
import static dev.converge.diff.Build.sequence;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.diff.Build.CatalogBuilder;
import dev.converge.diff.Differ;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Identity.IdentityKind;
import dev.converge.model.Identity.IdentitySequenceOptions;
import dev.converge.model.Index;
import dev.converge.model.Schema;

/** (current, desired) -> the SQL of the plan, in order. */
class PlannerTest {

    private static final String ORDERS = "public.orders";

    static Stream<Arguments> cases() {
        return Stream.of(
                scenario("create table with identity, default, collation, inline pk and check, then its index",
                        catalog().schema("public"),
                        catalog().schema("public").table(table(ORDERS)
                                .col(col("id", "integer").identity(IdentityKind.ALWAYS, intIdentityOptions()))
                                .col(col("total", "numeric(10,2)").defaultExpr("0").notNull())
                                .col(col("note", "text").collate("\"C\""))
                                .pk("orders_pkey", "id")
                                .check("orders_total_check", "total", "total > (0)::numeric")
                                .index("orders_note_idx", "note")),
                        """
                        CREATE TABLE public.orders (
                            id integer GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 MINVALUE 1 \
                        MAXVALUE 2147483647 CACHE 1 NO CYCLE) NOT NULL,
                            total numeric(10,2) DEFAULT 0 NOT NULL,
                            note text COLLATE "C",
                            CONSTRAINT orders_pkey PRIMARY KEY (id),
                            CONSTRAINT orders_total_check CHECK ((total > (0)::numeric))
                        )""",
                        "CREATE INDEX orders_note_idx ON public.orders USING btree (note)"),
                scenario("create unlogged table with a generated column",
                        catalog().schema("public"),
                        catalog().schema("public").table(table("public.t").unlogged()
                                .col("a", "integer").col(col("b", "integer").generated("(a * 2)"))),
                        "CREATE UNLOGGED TABLE public.t (\n    a integer,\n    b integer GENERATED ALWAYS AS ((a * 2))"
                                + " STORED\n)"),
                scenario("drop table",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer")),
                        catalog().schema("public"),
                        "DROP TABLE public.orders"),
                scenario("add column",
                        orders(), catalog().schema("public").table(table(ORDERS).col("id", "integer").col("note", "text")),
                        "ALTER TABLE public.orders ADD COLUMN note text"),
                scenario("new columns are added in their desired order",
                        orders(), catalog().schema("public").table(table(ORDERS).col("id", "integer").col("z", "text").col("a", "text")),
                        "ALTER TABLE public.orders ADD COLUMN z text",
                        "ALTER TABLE public.orders ADD COLUMN a text"),
                scenario("drop column",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").col("note", "text")), orders(),
                        "ALTER TABLE public.orders DROP COLUMN note"),
                scenario("type change drops the default before and sets it after",
                        withColumn(col("total", "numeric(10,2)").defaultExpr("0").notNull()),
                        withColumn(col("total", "numeric(12,2)").defaultExpr("0").notNull()),
                        "ALTER TABLE public.orders ALTER COLUMN total DROP DEFAULT",
                        "ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2) USING total::numeric(12,2)",
                        "ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0"),
                scenario("collation change is a TYPE with COLLATE and no cast",
                        withColumn(col("note", "text")), withColumn(col("note", "text").collate("\"C\"")),
                        "ALTER TABLE public.orders ALTER COLUMN note TYPE text COLLATE \"C\""),
                scenario("set default",
                        withColumn(col("note", "text")), withColumn(col("note", "text").defaultExpr("'x'::text")),
                        "ALTER TABLE ONLY public.orders ALTER COLUMN note SET DEFAULT 'x'::text"),
                scenario("drop default and set not null",
                        withColumn(col("note", "text").defaultExpr("'x'::text")),
                        withColumn(col("note", "text").notNull()),
                        "ALTER TABLE ONLY public.orders ALTER COLUMN note DROP DEFAULT",
                        "ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS converge_not_null_note, ADD CONSTRAINT"
                                + " converge_not_null_note CHECK (note IS NOT NULL) NOT VALID",
                        "ALTER TABLE public.orders VALIDATE CONSTRAINT converge_not_null_note",
                        "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL",
                        "ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS converge_not_null_note"),
                scenario("drop not null",
                        withColumn(col("note", "text").notNull()), withColumn(col("note", "text")),
                        "ALTER TABLE public.orders ALTER COLUMN note DROP NOT NULL"),
                scenario("add identity",
                        withColumn(col("n", "integer").notNull()),
                        withColumn(col("n", "integer").identity(IdentityKind.BY_DEFAULT, intIdentityOptions())),
                        "ALTER TABLE public.orders ALTER COLUMN n ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 1"
                                + " INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE)"),
                scenario("drop identity and not null",
                        withColumn(col("n", "integer").identity(IdentityKind.ALWAYS, intIdentityOptions())),
                        withColumn(col("n", "integer")),
                        "ALTER TABLE public.orders ALTER COLUMN n DROP IDENTITY",
                        "ALTER TABLE public.orders ALTER COLUMN n DROP NOT NULL"),
                scenario("alter identity kind and options",
                        withColumn(col("n", "integer").identity(IdentityKind.ALWAYS, intIdentityOptions())),
                        withColumn(col("n", "integer").identity(IdentityKind.BY_DEFAULT,
                                new IdentitySequenceOptions(1, 5, 1, Integer.MAX_VALUE, 1, false))),
                        "ALTER TABLE public.orders ALTER COLUMN n SET GENERATED BY DEFAULT SET INCREMENT BY 5"),
                scenario("serial to identity: the sequence's value kept, default and sequence dropped, identity added"
                                + " under the sequence's name and continuing after its value",
                        catalog().schema("public").sequence(ownedSequence("public.orders_id_seq", ORDERS, "id"))
                                .table(table(ORDERS).col(col("id", "bigint").notNull()
                                        .defaultExpr("nextval('public.orders_id_seq'::regclass)"))),
                        catalog().schema("public").table(table(ORDERS).col(col("id", "bigint")
                                .identity(IdentityKind.BY_DEFAULT, null))),
                        "SELECT pg_catalog.set_config('converge.serial_last_value', last_value::text, false),"
                                + " pg_catalog.set_config('converge.serial_is_called', is_called::text, false)"
                                + " FROM public.orders_id_seq",
                        "ALTER TABLE public.orders ALTER COLUMN id DROP DEFAULT",
                        "DROP SEQUENCE public.orders_id_seq",
                        "ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY",
                        "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.orders', 'id')"
                                + "::pg_catalog.regclass, pg_catalog.current_setting('converge.serial_last_value')"
                                + "::bigint, pg_catalog.current_setting('converge.serial_is_called')::boolean)"),
                scenario("generated to plain uses DROP EXPRESSION",
                        withColumn(col("b", "integer").generated("(id * 2)")), withColumn(col("b", "integer")),
                        "ALTER TABLE public.orders ALTER COLUMN b DROP EXPRESSION"),
                scenario("changed generation expression recreates the column",
                        withColumn(col("b", "integer").generated("(id * 2)")),
                        withColumn(col("b", "integer").generated("(id * 3)")),
                        "ALTER TABLE public.orders DROP COLUMN b",
                        "ALTER TABLE public.orders ADD COLUMN b integer GENERATED ALWAYS AS ((id * 3)) STORED"),
                scenario("recreated column: its index is dropped before and created after",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer")
                                .col(col("b", "integer").generated("(id * 2)")).index("orders_b_idx", "b")),
                        catalog().schema("public").table(table(ORDERS).col("id", "integer")
                                .col(col("b", "integer").generated("(id * 3)")).index("orders_b_idx", "b")),
                        "DROP INDEX public.orders_b_idx",
                        "ALTER TABLE public.orders DROP COLUMN b",
                        "ALTER TABLE public.orders ADD COLUMN b integer GENERATED ALWAYS AS ((id * 3)) STORED",
                        "CREATE INDEX CONCURRENTLY orders_b_idx ON public.orders USING btree (b)"),
                scenario("unlogged to logged",
                        catalog().schema("public").table(table(ORDERS).unlogged().col("id", "integer")), orders(),
                        "ALTER TABLE public.orders SET LOGGED"),
                scenario("add constraint",
                        orders(), catalog().schema("public").table(table(ORDERS).col("id", "integer").pk("orders_pkey", "id")),
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)"),
                scenario("drop constraint",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").pk("orders_pkey", "id")), orders(),
                        "ALTER TABLE public.orders DROP CONSTRAINT orders_pkey"),
                scenario("changed constraint is dropped and added",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").check("orders_id_check", "id", "id > 0")),
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").check("orders_id_check", "id", "id > 1")),
                        "ALTER TABLE public.orders DROP CONSTRAINT orders_id_check",
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_id_check CHECK ((id > 1)) NOT VALID",
                        "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_id_check"),
                scenario("unchanged FK is recreated around its recreated unique constraint",
                        customersAndOrders("UNIQUE (email)"),
                        customersAndOrders("UNIQUE NULLS NOT DISTINCT (email)"),
                        "ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk",
                        "ALTER TABLE public.customers DROP CONSTRAINT customers_email_key",
                        "ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE NULLS NOT DISTINCT"
                                + " (email)",
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_email)"
                                + " REFERENCES public.customers(email) NOT VALID",
                        "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk"),
                scenario("unchanged FK is recreated around a type change of its referenced column",
                        catalog().schema("public")
                                .table(table("public.customers").col("id", "integer").pk("customers_pkey", "id"))
                                .table(table(ORDERS).col("customer_id", "integer")
                                        .fk("orders_customer_fk", "customer_id", "public.customers", "id")),
                        catalog().schema("public")
                                .table(table("public.customers").col("id", "bigint").pk("customers_pkey", "id"))
                                .table(table(ORDERS).col("customer_id", "bigint")
                                        .fk("orders_customer_fk", "customer_id", "public.customers", "id")),
                        "ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk",
                        "ALTER TABLE public.customers ALTER COLUMN id TYPE bigint USING id::bigint",
                        "ALTER TABLE public.orders ALTER COLUMN customer_id TYPE bigint USING customer_id::bigint",
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                                + " REFERENCES public.customers(id) NOT VALID",
                        "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk"),
                scenario("changed index is dropped and created",
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").index("orders_id_idx", "id")),
                        catalog().schema("public").table(table(ORDERS).col("id", "integer").index(new Index("orders_id_idx",
                                Build2.qn(ORDERS), false, "btree", List.of("id"), "(id > 0)",
                                "CREATE INDEX orders_id_idx ON public.orders USING btree (id) WHERE (id > 0)", null))),
                        "DROP INDEX CONCURRENTLY IF EXISTS public.orders_id_idx",
                        "CREATE INDEX CONCURRENTLY orders_id_idx ON public.orders USING btree (id) WHERE (id > 0)"),
                scenario("type change on an indexed column alters the column only",
                        withColumnAndIndex("character varying(20)"), withColumnAndIndex("character varying(40)"),
                        "ALTER TABLE public.orders ALTER COLUMN ref TYPE character varying(40)"
                                + " USING ref::character varying(40)"),
                scenario("sequence options",
                        catalog().schema("public").sequence(sequence("public.s")),
                        catalog().schema("public").sequence(new dev.converge.model.Sequence(Build2.qn("public.s"),
                                "integer", 1, 5, 1, Integer.MAX_VALUE, 10, false, null, null)),
                        // a narrower range first moves the current value into it (ALTER SEQUENCE refuses otherwise)
                        "SELECT pg_catalog.setval(s.seqrelid, GREATEST(LEAST(COALESCE("
                                + "pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart), 2147483647), 1), "
                                + "pg_catalog.pg_sequence_last_value(s.seqrelid) IS NOT NULL) FROM pg_catalog.pg_sequence s "
                                + "WHERE s.seqrelid = 'public.s'::pg_catalog.regclass",
                        "ALTER SEQUENCE public.s AS integer INCREMENT BY 5 MAXVALUE 2147483647 CACHE 10"),
                scenario("sequence owned by an existing column",
                        orders().sequence(sequence("public.s")),
                        orders().sequence(ownedSequence("public.s", ORDERS, "id")),
                        "ALTER SEQUENCE public.s OWNED BY public.orders.id"),
                scenario("sequence released from a column that is dropped, before the drop",
                        orders().sequence(ownedSequence("public.s", ORDERS, "id")),
                        catalog().schema("public").sequence(sequence("public.s")),
                        "ALTER SEQUENCE public.s OWNED BY NONE",
                        "DROP TABLE public.orders"),
                scenario("owned sequence dropped with its table: IF EXISTS, after the table",
                        catalog().schema("public").sequence(ownedSequence("public.t_id_seq", "public.t", "id"))
                                .table(table("public.t").col(col("id", "bigint").notNull()
                                        .defaultExpr("nextval('public.t_id_seq'::regclass)"))),
                        catalog().schema("public"),
                        "DROP TABLE public.t",
                        "DROP SEQUENCE IF EXISTS public.t_id_seq"),
                scenario("new sequence owned by a new table: created before, owned after",
                        catalog().schema("public"),
                        catalog().schema("public").sequence(ownedSequence("public.t_id_seq", "public.t", "id"))
                                .table(table("public.t").col(col("id", "bigint").notNull()
                                        .defaultExpr("nextval('public.t_id_seq'::regclass)"))),
                        "CREATE SEQUENCE public.t_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1"
                                + " MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE",
                        "CREATE TABLE public.t (\n    id bigint DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL\n)",
                        "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id"),
                scenario("enum value added in the middle",
                        catalog().schema("public").enumType(enumType("public.mood", "a", "c")),
                        catalog().schema("public").enumType(enumType("public.mood", "a", "b", "c")),
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'b' BEFORE 'c'"),
                scenario("enum value appended",
                        catalog().schema("public").enumType(enumType("public.mood", "a")),
                        catalog().schema("public").enumType(enumType("public.mood", "a", "b")),
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'b' AFTER 'a'"),
                scenario("enum values before, between and after: each after its neighbour",
                        catalog().schema("public").enumType(enumType("public.mood", "c")),
                        catalog().schema("public").enumType(enumType("public.mood", "x", "y", "c", "z")),
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'y' BEFORE 'c'",
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'x' BEFORE 'y'",
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'z' AFTER 'c'"),
                scenario("enum dropped after the column stops using it",
                        catalog().schema("public").enumType(enumType("public.mood", "a"))
                                .table(table(ORDERS).col("m", "public.mood")),
                        catalog().schema("public").table(table(ORDERS).col("m", "text")),
                        "ALTER TABLE public.orders ALTER COLUMN m TYPE text USING m::text",
                        "DROP TYPE public.mood"),
                scenario("new enum created before the column that uses it",
                        orders(),
                        catalog().schema("public").enumType(enumType("public.mood", "a", "b"))
                                .table(table(ORDERS).col("id", "integer").col("m", "public.mood[]")),
                        "CREATE TYPE public.mood AS ENUM ('a', 'b')",
                        "ALTER TABLE public.orders ADD COLUMN m public.mood[]"),
                scenario("comments: set with quotes, and removed",
                        catalog().schema("public").table(table(ORDERS).col(col("id", "integer").comment("old"))),
                        catalog().schema("public").table(table(ORDERS).comment("it's orders").col("id", "integer")
                                .pk("orders_pkey", "id").constraintComment("the key")),
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)",
                        "COMMENT ON COLUMN public.orders.id IS NULL",
                        "COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'the key'",
                        "COMMENT ON TABLE public.orders IS 'it''s orders'"),
                scenario("schema comment and new schema with a table",
                        catalog().schema("public"),
                        catalog().schema("public").schema(new Schema("sales", "Sales data"))
                                .table(table("sales.t").col("id", "integer")),
                        "CREATE SCHEMA sales",
                        "CREATE TABLE sales.t (\n    id integer\n)",
                        "COMMENT ON SCHEMA sales IS 'Sales data'"),
                scenario("dropped schema goes last, after its objects",
                        catalog().schema("public", "old").sequence(sequence("old.s"))
                                .table(table("old.t").col("id", "integer")),
                        catalog().schema("public").table(table("public.t").col("id", "integer")),
                        "DROP TABLE old.t",
                        "DROP SEQUENCE old.s",
                        "CREATE TABLE public.t (\n    id integer\n)",
                        "DROP SCHEMA old"),
                scenario("circular FKs between two new tables: both tables before both FKs",
                        catalog().schema("public"),
                        catalog().schema("public")
                                .table(table("public.a").col("id", "integer").col("b_id", "integer")
                                        .pk("a_pkey", "id").fk("a_b_fk", "b_id", "public.b", "id"))
                                .table(table("public.b").col("id", "integer").col("a_id", "integer")
                                        .pk("b_pkey", "id").fk("b_a_fk", "a_id", "public.a", "id")),
                        "CREATE TABLE public.a (\n    id integer,\n    b_id integer,\n"
                                + "    CONSTRAINT a_pkey PRIMARY KEY (id)\n)",
                        "CREATE TABLE public.b (\n    id integer,\n    a_id integer,\n"
                                + "    CONSTRAINT b_pkey PRIMARY KEY (id)\n)",
                        "ALTER TABLE public.a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES public.b(id)",
                        "ALTER TABLE public.b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES public.a(id)"),
                scenario("FK to a unique constraint created in the same plan: unique first",
                        catalog().schema("public").table(table("public.customers").col("email", "text")),
                        catalog().schema("public")
                                .table(table("public.customers").col("email", "text")
                                        .unique("customers_email_key", "email"))
                                .table(table("public.orders").col("email", "text")
                                        .fk("orders_email_fk", "email", "public.customers", "email")),
                        "CREATE TABLE public.orders (\n    email text\n)",
                        "ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email)",
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_email_fk FOREIGN KEY (email)"
                                + " REFERENCES public.customers(email)"),
                scenario("dropped table referenced by a dropped FK: FK first",
                        customersAndOrders("PRIMARY KEY (id)"),
                        orders(),
                        "ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk",
                        "ALTER TABLE public.orders DROP COLUMN customer_email",
                        "DROP TABLE public.customers"),
                scenario("dropped tables in an FK cycle: FKs first, then the tables",
                        catalog().schema("public")
                                .table(table("public.a").col("id", "integer").col("b_id", "integer")
                                        .pk("a_pkey", "id").fk("a_b_fk", "b_id", "public.b", "id"))
                                .table(table("public.b").col("id", "integer").col("a_id", "integer")
                                        .pk("b_pkey", "id").fk("b_a_fk", "a_id", "public.a", "id")),
                        catalog().schema("public"),
                        "ALTER TABLE public.a DROP CONSTRAINT a_b_fk",
                        "ALTER TABLE public.b DROP CONSTRAINT b_a_fk",
                        "DROP TABLE public.a",
                        "DROP TABLE public.b"),
                scenario("drops before creates",
                        catalog().schema("public").table(table("public.z_old").col("id", "integer")),
                        catalog().schema("public").table(table("public.a_new").col("id", "integer")),
                        "DROP TABLE public.z_old",
                        "CREATE TABLE public.a_new (\n    id integer\n)"),
                scenario("identifiers are quoted when needed",
                        catalog().schema("public"),
                        catalog().schema("public").schema("My Schema")
                                .table(table("My Schema.Order Items").col("user", "text").col("Qty", "integer")
                                        .col("a\"b", "text").col("plain_1", "text"))
                                .table(table("public.order").col("select", "text")),
                        "CREATE SCHEMA \"My Schema\"",
                        "CREATE TABLE \"My Schema\".\"Order Items\" (\n    \"user\" text,\n    \"Qty\" integer,\n"
                                + "    \"a\"\"b\" text,\n    plain_1 text\n)",
                        "CREATE TABLE public.\"order\" (\n    \"select\" text\n)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheExpectedStatementsInOrder(String name, CatalogBuilder current, CatalogBuilder desired,
                                             List<String> expected) {
        Plan plan = Planner.plan(Differ.diff(current.build(), desired.build()));
        assertThat(plan.statements()).extracting(Statement::sql).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isDeterministicWhateverTheInputOrder(String name, CatalogBuilder current, CatalogBuilder desired,
                                              List<String> expected) {
        Plan first = Planner.plan(Differ.diff(current.build(), desired.build()));
        Plan again = Planner.plan(Differ.diff(current.build(), desired.build()));
        Plan reversed = Planner.plan(Differ.diff(current.buildReversed(), desired.buildReversed()));
        List<dev.converge.change.Change> shuffled = new java.util.ArrayList<>(
                Differ.diff(current.build(), desired.build()).changes());
        java.util.Collections.reverse(shuffled);
        Plan fromReversedChanges = Planner.plan(new dev.converge.change.ChangeSet(shuffled));
        assertThat(again).isEqualTo(first);
        assertThat(reversed).isEqualTo(first);
        assertThat(fromReversedChanges).isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void newEnumValuesRunFirstSoEverythingElseIsOneTransaction() {
        CatalogBuilder current = catalog().schema("public").enumType(enumType("public.mood", "a", "c"))
                .table(table("public.gone").col("id", "integer"));
        CatalogBuilder desired = catalog().schema("public").enumType(enumType("public.mood", "a", "b", "c"))
                .table(table(ORDERS).col("id", "integer"));
        Plan plan = Planner.plan(Differ.diff(current.build(), desired.build()));
        List<Boolean> transactional = plan.statements().stream().map(Statement::transactional).toList();
        assertThat(transactional.get(0)).as("the ADD VALUE comes first").isFalse();
        assertThat(transactional.subList(1, transactional.size())).as("then one transaction").containsOnly(true)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private static Arguments scenario(String name, CatalogBuilder current, CatalogBuilder desired,
                                      String... sql) {
        return Arguments.of(name, current, desired, List.of(sql));
    }

    private static CatalogBuilder orders() {
        return catalog().schema("public").table(table(ORDERS).col("id", "integer"));
    }

    private static CatalogBuilder withColumn(dev.converge.diff.Build.ColumnBuilder column) {
        return catalog().schema("public").table(table(ORDERS).col("id", "integer").col(column));
    }

    private static CatalogBuilder withColumnAndIndex(String type) {
        return catalog().schema("public").table(table(ORDERS).col("ref", type).index("orders_ref_idx", "ref"));
    }

    /** customers(id, email) with a unique or pk on email; orders.customer_email references it. */
    private static CatalogBuilder customersAndOrders(String emailKeyDefinition) {
        ConstraintKind kind = emailKeyDefinition.startsWith("PRIMARY") ? ConstraintKind.PRIMARY_KEY
                : ConstraintKind.UNIQUE;
        String keyName = kind == ConstraintKind.PRIMARY_KEY ? "customers_pkey" : "customers_email_key";
        return catalog().schema("public")
                .table(table("public.customers").col("email", "text")
                        .constraint(keyName, kind, List.of("email"), emailKeyDefinition.replace("(id)", "(email)")))
                .table(table(ORDERS).col("id", "integer").col("customer_email", "text")
                        .fk("orders_customer_fk", "customer_email", "public.customers", "email"));
    }

    /** Access to {@code Build.qn} without a clash with this class's imports. */
    private static final class Build2 {
        static dev.converge.model.QualifiedName qn(String dotted) {
            return dev.converge.diff.Build.qn(dotted);
        }
    }
}
