package dev.converge.fuzz;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Every shape of privilege that inspect writes loads back and plans clean against its database, and builds the same
 * database from empty: grants WITH GRANT OPTION, grants by a role other than the owner, column grants, default
 * privileges for another role (in a schema and everywhere, a revoke from PUBLIC), roles whose names need quoting;
 * and a plan revokes privileges others granted and grant options others depend on (the run's two roles, one with a
 * name that needs quoting; fuzz seed 2032 granted EXECUTE WITH GRANT OPTION).
 */
class PrivilegeShapesRoundTripTest {

    private static FuzzRoles roles;

    @TempDir
    Path work;

    @BeforeAll
    static void createRoles() {
        roles = new FuzzRoles();
    }

    @AfterAll
    static void dropRoles() {
        roles.close();
    }

    @Test
    void inspectOutputOfEveryShapeLoadsAndPlansClean() throws Exception {
        String r0 = Sql.id(roles.names.get(0));
        String r1 = Sql.id(roles.names.get(1));
        String sql = """
                CREATE SCHEMA "Audit";
                CREATE SCHEMA "Sales Data";
                CREATE FUNCTION "Audit".pick() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE FUNCTION "Audit".other(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
                CREATE TABLE "Sales Data"."Items" (id int, "Qty" int, note text);
                CREATE TABLE "Sales Data".plain (id int);
                GRANT USAGE ON SCHEMA "Audit", "Sales Data" TO R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R0 WITH GRANT OPTION;
                SET ROLE R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R1;
                RESET ROLE;
                GRANT UPDATE ("Qty") ON TABLE "Sales Data"."Items" TO R0 WITH GRANT OPTION;
                GRANT SELECT (id, note) ON "Sales Data"."Items" TO R1;
                SET ROLE R0;
                GRANT UPDATE ("Qty") ON "Sales Data"."Items" TO R1;
                RESET ROLE;
                GRANT SELECT ON "Sales Data".plain TO R0 WITH GRANT OPTION;
                GRANT USAGE ON SCHEMA "Sales Data" TO R1 WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE R0 IN SCHEMA "Audit" GRANT EXECUTE ON FUNCTIONS TO R1;
                ALTER DEFAULT PRIVILEGES FOR ROLE R0 GRANT SELECT ON TABLES TO R1 WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE R1 IN SCHEMA "Sales Data" GRANT USAGE ON TYPES TO R0;
                ALTER DEFAULT PRIVILEGES FOR ROLE R0 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                """.replace("R0", r0).replace("R1", r1);
        try (TestDatabase db = TestDatabase.withSql(sql)) {
            SchemaPairCheck.inspectRoundTrip(db.spec(), work);
        }
    }

    @Test
    /**
     * Current has privileges the first role granted from its grant options; desired drops them, keeps the first
     * role's grant options but one (whose grant the second role keeps, granted by the owner), and changes a default
     * privilege of the first role.
     */
    void revokesPrivilegesOthersGrantedAndGrantOptionsOthersDependOn() throws Exception {
        String r0 = Sql.id(roles.names.get(0));
        String r1 = Sql.id(roles.names.get(1));
        String current = """
                CREATE SCHEMA "Audit";
                CREATE SCHEMA "Sales Data";
                CREATE FUNCTION "Audit".pick() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE TABLE "Sales Data"."Items" (id int, "Qty" int, note text);
                CREATE TABLE "Sales Data".plain (id int);
                GRANT USAGE ON SCHEMA "Audit", "Sales Data" TO R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R0 WITH GRANT OPTION;
                SET ROLE R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R1;
                RESET ROLE;
                GRANT UPDATE ("Qty") ON TABLE "Sales Data"."Items" TO R0 WITH GRANT OPTION;
                SET ROLE R0;
                GRANT UPDATE ("Qty") ON "Sales Data"."Items" TO R1;
                RESET ROLE;
                GRANT SELECT ON "Sales Data".plain TO R0 WITH GRANT OPTION;
                SET ROLE R0;
                GRANT SELECT ON "Sales Data".plain TO R1;
                RESET ROLE;
                ALTER DEFAULT PRIVILEGES FOR ROLE R0 IN SCHEMA "Audit" GRANT EXECUTE ON FUNCTIONS TO R1;
                """.replace("R0", r0).replace("R1", r1);
        String desired = """
                CREATE SCHEMA "Audit";
                CREATE SCHEMA "Sales Data";
                CREATE FUNCTION "Audit".pick() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE TABLE "Sales Data"."Items" (id int, "Qty" int, note text);
                CREATE TABLE "Sales Data".plain (id int);
                GRANT USAGE ON SCHEMA "Audit", "Sales Data" TO R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R0;
                GRANT EXECUTE ON FUNCTION "Audit".pick() TO R1;
                GRANT UPDATE ("Qty") ON TABLE "Sales Data"."Items" TO R0 WITH GRANT OPTION;
                GRANT SELECT ON "Sales Data".plain TO R0 WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES FOR ROLE R0 IN SCHEMA "Audit" GRANT EXECUTE ON FUNCTIONS TO R1 WITH GRANT OPTION;
                """.replace("R0", r0).replace("R1", r1);
        new SchemaPairCheck(new FuzzCase("privileges", current, "", desired), roles.names, work).run();
    }
}
