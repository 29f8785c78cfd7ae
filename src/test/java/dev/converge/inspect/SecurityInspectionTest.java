package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.converge.model.Catalog;
import dev.converge.model.DefaultPrivilege;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.TableOptions;

/** Privileges, default privileges, policies and table options as the inspector reads them. */
class SecurityInspectionTest {

    private static Catalog catalog;

    @BeforeAll
    static void inspect() {
        catalog = Inspected.catalog("""
                DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                CREATE SCHEMA app;
                GRANT USAGE ON SCHEMA app TO converge_test_reader;
                CREATE TABLE app.t (id integer PRIMARY KEY, owner_name text) WITH (fillfactor = 70);
                CREATE TABLE app.plain (id integer);
                CREATE TABLE app.keyed (id integer PRIMARY KEY WITH (fillfactor = 60),
                    code text UNIQUE WITH (fillfactor = 50, deduplicate_items = off) DEFERRABLE);
                GRANT SELECT ON app.t TO converge_test_reader WITH GRANT OPTION;
                GRANT UPDATE (owner_name) ON app.t TO converge_test_reader;
                CREATE SEQUENCE app.s;
                CREATE TYPE app.mood AS ENUM ('ok');
                ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
                ALTER TABLE app.t REPLICA IDENTITY USING INDEX t_pkey;
                CREATE POLICY mine ON app.t AS RESTRICTIVE FOR UPDATE TO converge_test_reader, PUBLIC
                    USING (owner_name = CURRENT_USER);
                COMMENT ON POLICY mine ON app.t IS 'own rows';
                ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO converge_test_reader;
                """, Set.of("app"));
    }

    @Test
    void explicitGrantsOnlyAndNotTheOwners() {
        QualifiedName t = QualifiedName.of("app", "t");
        assertThat(catalog.grants()).containsExactly(
                new Grant(Grant.schemaRef("app"), "converge_test_reader", "USAGE", false),
                new Grant(ObjectRef.of(ObjectKind.TYPE, QualifiedName.of("app", "mood")), Grant.PUBLIC, "USAGE",
                        false),
                new Grant(ObjectRef.of(ObjectKind.TABLE, t), "converge_test_reader", "SELECT", true),
                new Grant(ObjectRef.member(ObjectKind.COLUMN, t, "owner_name"), "converge_test_reader", "UPDATE",
                        false));
    }

    @Test
    void defaultPrivilegesOfTheSchema() {
        assertThat(catalog.defaultPrivileges()).singleElement()
                .extracting(DefaultPrivilege::schema, DefaultPrivilege::objectType, DefaultPrivilege::grantee,
                        DefaultPrivilege::privilege)
                .containsExactly("app", "TABLES", "converge_test_reader", "SELECT");
    }

    /** PostgreSQL keeps only PUBLIC when PUBLIC is among the roles. */
    @Test
    void policies() {
        assertThat(catalog.policies()).containsExactly(new Policy(QualifiedName.of("app", "t"), "mine", "UPDATE",
                false, List.of("PUBLIC"), "(owner_name = CURRENT_USER)", null,
                List.of("owner_name"), "own rows"));
    }

    @Test
    void keyIndexStorageParametersArePartOfTheConstraintDefinition() {
        var keyed = Inspected.table(catalog, "app", "keyed");
        assertThat(keyed.constraint("keyed_pkey").orElseThrow().definition())
                .isEqualTo("PRIMARY KEY (id) WITH (fillfactor='60')");
        assertThat(keyed.constraint("keyed_code_key").orElseThrow().definition())
                .isEqualTo("UNIQUE (code) WITH (fillfactor='50', deduplicate_items='off') DEFERRABLE");
    }

    @Test
    void onlyTablesWithOptionsAreListed() {
        assertThat(catalog.tableOptions()).containsExactly(new TableOptions(QualifiedName.of("app", "t"), true,
                false, List.of("fillfactor=70"), 'i', "t_pkey"));
    }
}
