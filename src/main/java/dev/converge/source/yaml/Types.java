package dev.converge.source.yaml;

import java.util.List;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/** Enum types, domains and composite types. */
final class Types {

    static final List<String> ENUM_KEYS = List.of("name", "schema", "values", "comment", "renamed_from", "grants");
    static final List<String> ENUM_VALUE_KEYS = List.of("name", "renamed_from");
    static final List<String> DOMAIN_KEYS = List.of("name", "schema", "type", "nullable", "default", "collation",
            "constraints", "comment", "grants");
    static final List<String> DOMAIN_CONSTRAINT_KEYS = List.of("name", "check", "definition");
    static final List<String> COMPOSITE_KEYS = List.of("name", "schema", "attributes", "comment", "grants");
    static final List<String> ATTRIBUTE_KEYS = List.of("name", "type", "collation");

    private Types() {
    }

    static void enumType(Rendering r, Node node) {
        YamlMap type = YamlMap.of(r.file(), node, "enum", ENUM_KEYS);
        String name = r.qualified(type);
        SqlBuilder sql = r.statement(node).append("CREATE TYPE " + name + " AS ENUM (" + Rendering.renameHint(type)
                + "\n");
        List<Node> values = type.list("values");
        for (int i = 0; i < values.size(); i++) {
            Node value = values.get(i);
            String label;
            String hint = "";
            if (value instanceof ScalarNode scalar && !YamlMap.isNull(value)) {
                label = scalar.getValue();
            } else {
                YamlMap labelNode = YamlMap.of(r.file(), value, "enum value", ENUM_VALUE_KEYS);
                label = labelNode.requiredText("name");
                String old = labelNode.text("renamed_from");
                hint = old == null ? "" : " -- converge:renamed-from " + SqlText.identifier(old);
            }
            sql.at(value).append("    " + SqlText.literal(label) + (i + 1 < values.size() ? "," : "") + hint + "\n");
        }
        r.add(sql.at(node).append(")"));
        r.comment(type, "TYPE " + name);
        Grants.render(r, type, "TYPE " + name, null);
    }

    static void domain(Rendering r, Node node) {
        YamlMap domain = YamlMap.of(r.file(), node, "domain", DOMAIN_KEYS);
        String name = r.qualified(domain);
        SqlBuilder sql = r.statement(node).append("CREATE DOMAIN " + name + " AS ");
        sql.verbatim(domain.requiredScalar("type"));
        ScalarNode collation = domain.scalar("collation");
        if (collation != null) {
            sql.at(collation).append(" COLLATE " + Rendering.collation(collation.getValue()));
        }
        ScalarNode defaultValue = domain.scalar("default");
        if (defaultValue != null) {
            sql.at(defaultValue).append(" DEFAULT ").verbatim(defaultValue);
        }
        if (!domain.bool("nullable", true)) {
            sql.at(domain.keyNode("nullable")).append(" NOT NULL");
        }
        for (Node item : domain.list("constraints")) {
            YamlMap check = YamlMap.of(r.file(), item, "domain constraint", DOMAIN_CONSTRAINT_KEYS);
            sql.at(item);
            if (check.has("name")) {
                sql.append(" CONSTRAINT " + SqlText.identifier(check.requiredText("name")));
            }
            if (check.exactlyOne(true, "check", "definition").equals("check")) {
                sql.append(" CHECK (").verbatim(check.requiredScalar("check")).append(")");
            } else {
                sql.append(" ").verbatim(check.requiredScalar("definition"));
            }
        }
        r.add(sql);
        r.comment(domain, "DOMAIN " + name);
        Grants.render(r, domain, "DOMAIN " + name, null);
    }

    static void composite(Rendering r, Node node) {
        YamlMap type = YamlMap.of(r.file(), node, "composite type", COMPOSITE_KEYS);
        String name = r.qualified(type);
        SqlBuilder sql = r.statement(node).append("CREATE TYPE " + name + " AS (");
        List<Node> attributes = type.list("attributes");
        for (int i = 0; i < attributes.size(); i++) {
            YamlMap attribute = YamlMap.of(r.file(), attributes.get(i), "attribute", ATTRIBUTE_KEYS);
            sql.at(attribute.node()).append(i == 0 ? "" : ", ").identifier(attribute.requiredText("name"))
                    .append(" ").verbatim(attribute.requiredScalar("type"));
            ScalarNode collation = attribute.scalar("collation");
            if (collation != null) {
                sql.at(collation).append(" COLLATE " + Rendering.collation(collation.getValue()));
            }
        }
        r.add(sql.at(node).append(")"));
        r.comment(type, "TYPE " + name);
        Grants.render(r, type, "TYPE " + name, null);
    }
}
