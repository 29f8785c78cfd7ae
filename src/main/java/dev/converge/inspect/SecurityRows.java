package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.converge.model.DefaultPrivilege;
import dev.converge.model.DelegatedGrant;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.TableOptions;

/** Maps the rows of {@code grants.sql}, {@code default_privileges.sql}, {@code policies.sql}, {@code table_options.sql}. */
final class SecurityRows {

    private SecurityRows() {
    }

    /** A row of {@code grants.sql}: the privilege, and the roles other than the owner that granted it. */
    record GrantRow(Grant grant, List<String> grantors) {
    }

    static GrantRow grantRow(ResultSet row) throws SQLException {
        return new GrantRow(grant(row), Rows.textArray(row, "grantors"));
    }

    /** The privileges of {@code rows}, as the desired state states them (no grantor). */
    static List<Grant> grants(List<GrantRow> rows) {
        return rows.stream().map(GrantRow::grant).toList();
    }

    /** The privileges of {@code rows} that roles other than the owner granted, one per grantor. */
    static List<DelegatedGrant> delegatedGrants(List<GrantRow> rows) {
        List<DelegatedGrant> delegated = new ArrayList<>();
        for (GrantRow row : rows) {
            Grant g = row.grant();
            row.grantors().forEach(grantor -> delegated.add(
                    new DelegatedGrant(g.object(), g.grantee(), g.privilege(), grantor)));
        }
        return delegated;
    }

    private static Grant grant(ResultSet row) throws SQLException {
        ObjectKind kind = ObjectKind.valueOf(row.getString("object_kind"));
        QualifiedName name = Rows.qualifiedName(row, "schema_name", "object_name");
        ObjectRef object = kind == ObjectKind.SCHEMA ? Grant.schemaRef(name.schema())
                : new ObjectRef(kind, name, row.getString("member"));
        return new Grant(object, row.getString("grantee"), row.getString("privilege"), row.getBoolean("grantable"));
    }

    static DefaultPrivilege defaultPrivilege(ResultSet row) throws SQLException {
        return new DefaultPrivilege(row.getString("role_name"), row.getString("schema_name"),
                row.getString("object_type"), row.getString("grantee"), row.getString("privilege"),
                row.getBoolean("grantable"));
    }

    static Policy policy(ResultSet row) throws SQLException {
        return new Policy(
                Rows.qualifiedName(row, "schema_name", "table_name"),
                row.getString("policy_name"),
                row.getString("command"),
                row.getBoolean("permissive"),
                Rows.textArray(row, "roles"),
                row.getString("using_expression"),
                row.getString("check_expression"),
                Rows.textArray(row, "columns"),
                row.getString("comment"));
    }

    /** Replica identity USING INDEX whose index is gone behaves as NOTHING, and is read as such. */
    static TableOptions tableOptions(ResultSet row) throws SQLException {
        char identity = Rows.code(row, "replica_identity");
        String index = row.getString("replica_index");
        if (identity == 'i' && index == null) {
            identity = 'n';
        }
        return new TableOptions(
                Rows.qualifiedName(row, "schema_name", "table_name"),
                row.getBoolean("row_security"),
                row.getBoolean("force_row_security"),
                Rows.textArray(row, "storage_parameters"),
                identity,
                index,
                row.getString("cluster_index"));
    }
}
