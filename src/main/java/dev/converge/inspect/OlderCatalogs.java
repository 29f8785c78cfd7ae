package dev.converge.inspect;

import java.util.Map;

/**
 * The catalog queries are written for PostgreSQL 15's catalogs; a server of 14 lacks what publications gained in
 * 15 (schemas published with {@code TABLES IN SCHEMA}, column lists and row filters). On such a server each of
 * those is read as what it is there: no schema entries, no column list, no filter. One home for the difference, so
 * that the queries stay one text each and pg_dump-like; anything else a query reads exists in 14.
 */
final class OlderCatalogs {

    /** Names of PostgreSQL 15 and what stands for them on 14, in the forms the queries use them. */
    private static final Map<String, String> BEFORE_15 = Map.of(
            "pg_catalog.pg_publication_namespace",
            "(SELECT NULL::pg_catalog.oid AS oid, NULL::pg_catalog.oid AS pnpubid, NULL::pg_catalog.oid AS pnnspid"
                    + " WHERE false)",
            "pr.prattrs", "NULL::pg_catalog.int2vector",
            "pr.prqual", "NULL::pg_catalog.pg_node_tree");

    private OlderCatalogs() {
    }

    /** {@code sql} as it reads a server of major version {@code major}. */
    static String adapt(String sql, int major) {
        if (major >= 15) {
            return sql;
        }
        String adapted = sql;
        for (Map.Entry<String, String> name : BEFORE_15.entrySet()) {
            adapted = adapted.replace(name.getKey(), name.getValue());
        }
        return adapted;
    }
}
