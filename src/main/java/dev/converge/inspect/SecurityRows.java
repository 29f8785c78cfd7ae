package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.DefaultPrivilege;
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

    static Grant grant(ResultSet row) throws SQLException {
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
