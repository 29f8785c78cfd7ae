package dev.converge.plan;

import static dev.converge.diff.Build.qn;
import static dev.converge.diff.Build.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.DefaultPrivilege;
import dev.converge.model.DelegatedGrant;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.Schema;
import dev.converge.model.Table;
import dev.converge.model.TableOptions;

/** Privileges, default privileges, policies and table options: from two catalogs to the SQL of a plan. */
class SecurityPlanTest {

    private static final Table T = table("public.t").col("id", "integer").col("email", "text")
            .pk("t_pkey", "id").build();
    private static final ObjectRef TABLE = ObjectRef.of(ObjectKind.TABLE, T.name());

    private static Catalog.Builder base() {
        return Catalog.builder().schemas(List.of(new Schema("public", null))).tables(List.of(T));
    }

    private static List<String> sql(Catalog current, Catalog desired) {
        return Planner.plan(Differ.diff(current, desired)).statements().stream().map(Statement::sql).toList();
    }

    /**
     * Privileges a role passed on from its grant option: revoking that option cascades, after the owner grants what
     * the cascade would take and desired keeps; a privilege the role gave is reached through its grant option,
     * revoked with CASCADE and given back; a column's privilege likewise.
     */
    @Test
    void revokesOfPrivilegesOtherRolesGranted() {
        ObjectRef email = ObjectRef.member(ObjectKind.COLUMN, T.name(), "email");
        Catalog current = base().grants(List.of(
                new Grant(TABLE, "Lead Dev", "SELECT", true),
                new Grant(TABLE, "reader", "SELECT", true),
                new Grant(TABLE, "writer", "SELECT", false),
                new Grant(TABLE, "auditor", "SELECT", false),
                new Grant(email, "Lead Dev", "UPDATE", true),
                new Grant(email, "writer", "UPDATE", false)))
                .delegatedGrants(List.of(
                        new DelegatedGrant(TABLE, "reader", "SELECT", "Lead Dev"),
                        new DelegatedGrant(TABLE, "writer", "SELECT", "reader"),
                        new DelegatedGrant(TABLE, "auditor", "SELECT", "reader"),
                        new DelegatedGrant(email, "writer", "UPDATE", "Lead Dev"))).build();
        Catalog desired = base().grants(List.of(
                new Grant(TABLE, "Lead Dev", "SELECT", true),
                new Grant(TABLE, "reader", "SELECT", false),
                new Grant(TABLE, "writer", "SELECT", false),
                new Grant(email, "Lead Dev", "UPDATE", true))).build();
        assertThat(sql(current, desired)).containsExactly(
                "REVOKE UPDATE (email) ON TABLE public.t FROM writer;\n"
                        + "REVOKE GRANT OPTION FOR UPDATE (email) ON TABLE public.t FROM \"Lead Dev\" CASCADE;\n"
                        + "GRANT UPDATE (email) ON TABLE public.t TO \"Lead Dev\" WITH GRANT OPTION",
                "REVOKE SELECT ON TABLE public.t FROM auditor",
                "GRANT SELECT ON TABLE public.t TO reader;\n"
                        + "GRANT SELECT ON TABLE public.t TO writer;\n"
                        + "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM reader CASCADE;\n"
                        + "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM \"Lead Dev\" CASCADE;\n"
                        + "GRANT SELECT ON TABLE public.t TO \"Lead Dev\" WITH GRANT OPTION");
    }

    /**
     * A chain of roles: the owner gave {@code top} its grant option, {@code top} gave {@code mid} its own, and
     * {@code mid} gave {@code end} the privilege. The owner's REVOKE reaches only what the owner granted, so the chain
     * is cut at its top first (alphabetical order would put mid first), and both grant options are given back.
     */
    @Test
    void aChainOfPassedOnPrivilegesIsCutAtItsTop() {
        Catalog current = base().grants(List.of(
                new Grant(TABLE, "top", "SELECT", true),
                new Grant(TABLE, "mid", "SELECT", true),
                new Grant(TABLE, "end", "SELECT", false)))
                .delegatedGrants(List.of(
                        new DelegatedGrant(TABLE, "mid", "SELECT", "top"),
                        new DelegatedGrant(TABLE, "end", "SELECT", "mid"))).build();
        Catalog desired = base().grants(List.of(
                new Grant(TABLE, "top", "SELECT", true),
                new Grant(TABLE, "mid", "SELECT", true))).build();
        assertThat(sql(current, desired)).containsExactly(
                "REVOKE SELECT ON TABLE public.t FROM \"end\";\n"
                        + "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM top CASCADE;\n"
                        + "GRANT SELECT ON TABLE public.t TO top WITH GRANT OPTION;\n"
                        + "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM mid CASCADE;\n"
                        + "GRANT SELECT ON TABLE public.t TO mid WITH GRANT OPTION");
    }

    @Test
    void grantsRevokesAndGrantOptions() {
        Catalog current = base().grants(List.of(
                new Grant(TABLE, "reader", "SELECT", true),
                new Grant(TABLE, "writer", "INSERT", false),
                new Grant(TABLE, "writer", "DELETE", false))).build();
        Catalog desired = base().grants(List.of(
                new Grant(TABLE, "reader", "SELECT", false),
                new Grant(TABLE, "writer", "INSERT", true),
                new Grant(TABLE, "writer", "UPDATE", false),
                new Grant(TABLE, Grant.PUBLIC, "SELECT", false),
                new Grant(ObjectRef.member(ObjectKind.COLUMN, T.name(), "email"), "User", "SELECT", false)))
                .build();
        assertThat(sql(current, desired)).containsExactly(
                "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM reader",
                "REVOKE DELETE ON TABLE public.t FROM writer",
                "GRANT SELECT (email) ON TABLE public.t TO \"User\"",
                "GRANT SELECT ON TABLE public.t TO PUBLIC",
                "GRANT UPDATE ON TABLE public.t TO writer",
                "GRANT INSERT ON TABLE public.t TO writer WITH GRANT OPTION");
        assertThat(sql(desired, desired)).isEmpty();
    }

    @Test
    void droppedObjectsKeepNoPrivilegesToRevoke() {
        Catalog current = base().grants(List.of(new Grant(TABLE, "reader", "SELECT", false),
                new Grant(ObjectRef.member(ObjectKind.COLUMN, T.name(), "email"), "reader", "SELECT", false)))
                .build();
        Catalog desired = Catalog.builder().schemas(List.of(new Schema("public", null))).build();
        assertThat(sql(current, desired)).containsExactly("DROP TABLE public.t");
    }

    @Test
    void grantsOnANewTableFollowItsCreation() {
        Catalog current = Catalog.builder().schemas(List.of(new Schema("public", null))).build();
        Catalog desired = base().grants(List.of(new Grant(TABLE, "reader", "SELECT", false))).build();
        assertThat(sql(current, desired)).last().isEqualTo("GRANT SELECT ON TABLE public.t TO reader");
    }

    @Test
    void defaultPrivileges() {
        Catalog current = base().defaultPrivileges(List.of(
                new DefaultPrivilege("owner", "public", "TABLES", "reader", "INSERT", false))).build();
        Catalog desired = base().defaultPrivileges(List.of(
                new DefaultPrivilege("owner", "public", "TABLES", "reader", "SELECT", false))).build();
        assertThat(sql(current, desired)).containsExactly(
                "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public REVOKE INSERT ON TABLES FROM reader",
                "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public GRANT SELECT ON TABLES TO reader");
    }

    private static Policy policy(String name, String command, boolean permissive, String using) {
        return new Policy(T.name(), name, command, permissive, List.of("reader"), using, null, List.of("id"), null);
    }

    @Test
    void policiesAreAlteredInPlaceOrRecreated() {
        Catalog current = base().policies(List.of(
                policy("same_kind", "SELECT", true, "(id > 0)"),
                policy("new_kind", "SELECT", true, "(id > 0)"),
                policy("gone", "ALL", true, "true"))).build();
        Catalog desired = base().policies(List.of(
                policy("same_kind", "SELECT", true, "(id > 1)"),
                policy("new_kind", "SELECT", false, "(id > 0)"),
                policy("added", "DELETE", true, null))).build();
        assertThat(sql(current, desired)).containsExactly(
                "DROP POLICY gone ON public.t",
                "DROP POLICY new_kind ON public.t",
                "CREATE POLICY added ON public.t AS PERMISSIVE FOR DELETE TO reader",
                "CREATE POLICY new_kind ON public.t AS RESTRICTIVE FOR SELECT TO reader USING ((id > 0))",
                "ALTER POLICY same_kind ON public.t USING ((id > 1))");
    }

    @Test
    void aPolicyIsDroppedBeforeTheColumnItUsesAndNotWithItsTable() {
        Table withoutId = table("public.t").col("email", "text").build();
        Catalog current = base().policies(List.of(policy("p", "ALL", true, "(id > 0)"))).build();
        Catalog desired = Catalog.builder().schemas(List.of(new Schema("public", null)))
                .tables(List.of(withoutId)).build();
        assertThat(sql(current, desired)).containsSubsequence("DROP POLICY p ON public.t",
                "ALTER TABLE public.t DROP COLUMN id");
        Catalog noTable = Catalog.builder().schemas(List.of(new Schema("public", null))).build();
        assertThat(sql(current, noTable)).containsExactly("DROP TABLE public.t");
    }

    @Test
    void tableOptions() {
        Catalog current = base().tableOptions(List.of(new TableOptions(T.name(), true, false,
                List.of("fillfactor=80", "autovacuum_enabled=false"), 'f', null))).build();
        Catalog desired = base().tableOptions(List.of(new TableOptions(T.name(), true, true,
                List.of("fillfactor=70"), 'i', "t_pkey"))).build();
        assertThat(sql(current, desired)).containsExactly(
                "ALTER TABLE public.t FORCE ROW LEVEL SECURITY",
                "ALTER TABLE public.t RESET (autovacuum_enabled)",
                "ALTER TABLE public.t SET (fillfactor='70')",
                "ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey");
        assertThat(sql(desired, base().build())).containsExactly(
                "ALTER TABLE public.t DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE public.t NO FORCE ROW LEVEL SECURITY",
                "ALTER TABLE public.t RESET (fillfactor)",
                "ALTER TABLE public.t REPLICA IDENTITY DEFAULT");
    }

    @Test
    void storageParametersInAnotherOrderAreResetAndSetAgain() {
        Catalog current = base().tableOptions(List.of(new TableOptions(T.name(), false, false,
                List.of("fillfactor=80", "autovacuum_enabled=false"), 'd', null))).build();
        Catalog desired = base().tableOptions(List.of(new TableOptions(T.name(), false, false,
                List.of("autovacuum_enabled=false", "fillfactor=80"), 'd', null))).build();
        assertThat(sql(current, desired)).containsExactly(
                "ALTER TABLE public.t RESET (fillfactor, autovacuum_enabled)",
                "ALTER TABLE public.t SET (autovacuum_enabled='false', fillfactor='80')");
    }

    @Test
    void optionsOfANewTableComeAfterItAndCarryNoHazard() {
        Catalog current = Catalog.builder().schemas(List.of(new Schema("public", null))).build();
        Catalog desired = base().tableOptions(List.of(new TableOptions(qn("public.t"), true, false,
                List.of(), 'd', null))).build();
        List<Statement> statements = Planner.plan(Differ.diff(current, desired)).statements();
        assertThat(statements).last().extracting(Statement::sql, Statement::hazards)
                .containsExactly("ALTER TABLE public.t ENABLE ROW LEVEL SECURITY", java.util.Set.of());
    }
}
