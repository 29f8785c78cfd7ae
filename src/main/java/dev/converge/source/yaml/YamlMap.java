package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping that stands for one object (a table, a column...), read strictly: every key must be one the
 * object kind knows (a misspelt key is an error with a suggestion, never silently ignored), no key may appear
 * twice, and every value must have the expected shape. Each error names the file, line, column and key.
 */
final class YamlMap {

    private final YamlFile file;
    private final MappingNode node;
    private final String kind;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(YamlFile file, MappingNode node, String kind) {
        this.file = file;
        this.node = node;
        this.kind = kind;
    }

    /**
     * Reads {@code node} as a {@code kind} (e.g. "column") whose keys must be among {@code known}.
     */
    static YamlMap of(YamlFile file, Node node, String kind, List<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw file.error(node, (kind.equals("top-level") ? "a YAML desired-state file" : "a " + kind)
                    + " must be a mapping (key: value lines), not " + describe(node));
        }
        YamlMap map = new YamlMap(file, mapping, kind);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || keyNode.getTag().equals(Tag.NULL)) {
                throw file.error(keyNode, kind + " keys must be plain names, not " + describe(keyNode));
            }
            String key = scalar.getValue();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                throw file.error(keyNode, "merge keys (<<) are not supported; repeat the keys, or use an alias"
                        + " (*name) for a whole value");
            }
            if (!known.contains(key)) {
                throw file.error(keyNode, "unknown " + kind + (kind.equals("top-level") ? " key" : " option") + " \"" + key + "\""
                        + Suggestions.didYouMean(key, known));
            }
            NodeTuple first = map.entries.putIfAbsent(key, tuple);
            if (first != null) {
                throw file.error(keyNode, "duplicate key \"" + key + "\" in " + (kind.equals("top-level") ? "the file" : kind) + " (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
        return map;
    }

    YamlFile file() {
        return file;
    }

    Node node() {
        return node;
    }

    String kind() {
        return kind;
    }

    /** True when the key is present with a value other than null. */
    boolean has(String key) {
        return value(key) != null;
    }

    /** The value node, or null when the key is absent or its value is null ({@code ~}, empty). */
    Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    /** The key node, for errors about a key that is present. */
    Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    /** A scalar value (text, number or boolean, taken as written), or null when absent. */
    ScalarNode scalar(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw file.error(value, kind + " option \"" + key + "\" must be text, not " + describe(value));
        }
        return scalar;
    }

    /** A required scalar. */
    ScalarNode requiredScalar(String key) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            throw file.error(node, kind + " needs \"" + key + "\"");
        }
        return scalar;
    }

    /** Text as written (a number or boolean too: {@code default: 0} is the expression {@code 0}). */
    String text(String key) {
        ScalarNode scalar = scalar(key);
        return scalar == null ? null : scalar.getValue();
    }

    String requiredText(String key) {
        return requiredScalar(key).getValue();
    }

    Boolean bool(String key) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        if (!scalar.getTag().equals(Tag.BOOL)) {
            throw file.error(scalar, kind + " option \"" + key + "\" must be true or false, not \""
                    + scalar.getValue() + "\"");
        }
        String v = scalar.getValue().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
    }

    boolean bool(String key, boolean absent) {
        Boolean value = bool(key);
        return value == null ? absent : value;
    }

    Long integer(String key) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        try {
            if (!scalar.getTag().equals(Tag.INT)) {
                throw new NumberFormatException();
            }
            return Long.parseLong(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            throw file.error(scalar, kind + " option \"" + key + "\" must be a whole number, not \""
                    + scalar.getValue() + "\"");
        }
    }

    /** One of {@code allowed} (case-insensitive, {@code -} and space read as {@code _}), lower-cased. */
    String choice(String key, List<String> allowed) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        String v = scalar.getValue().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!allowed.contains(v)) {
            throw file.error(scalar, kind + " option \"" + key + "\" must be one of " + String.join(", ", allowed)
                    + ", not \"" + scalar.getValue() + "\"" + Suggestions.didYouMean(v, allowed));
        }
        return v;
    }

    /** The items of a list; absent is empty. */
    List<Node> list(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw file.error(value, kind + " option \"" + key + "\" must be a list, not " + describe(value));
        }
        return sequence.getValue();
    }

    /** A list of names or words; a single scalar counts as a list of one. Absent is empty. */
    List<ScalarNode> scalars(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar);
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : list(key)) {
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                throw file.error(item, "each item of " + kind + " option \"" + key + "\" must be text, not "
                        + describe(item));
            }
            items.add(scalar);
        }
        return items;
    }

    List<String> texts(String key) {
        return scalars(key).stream().map(ScalarNode::getValue).toList();
    }

    /** A nested object, or null when absent. */
    YamlMap map(String key, String nestedKind, List<String> known) {
        Node value = value(key);
        return value == null ? null : of(file, value, nestedKind, known);
    }

    /** The entries of a free-form mapping of names to scalar values (storage parameters, settings). */
    Map<String, ScalarNode> settings(String key) {
        Node value = value(key);
        Map<String, ScalarNode> settings = new LinkedHashMap<>();
        if (value == null) {
            return settings;
        }
        if (!(value instanceof MappingNode mapping)) {
            throw file.error(value, kind + " option \"" + key + "\" must be a mapping (name: value), not "
                    + describe(value));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode name) || !(tuple.getValueNode() instanceof ScalarNode v)
                    || isNull(tuple.getValueNode())) {
                throw file.error(tuple.getKeyNode(), "each entry of " + kind + " option \"" + key
                        + "\" must be name: value");
            }
            if (settings.put(name.getValue(), v) != null) {
                throw file.error(name, "duplicate key \"" + name.getValue() + "\" in " + kind + " option \"" + key
                        + "\"");
            }
        }
        return settings;
    }

    /** Fails when more than one of {@code keys} is present, or (when {@code required}) none is. */
    String exactlyOne(boolean required, String... keys) {
        String found = null;
        for (String key : keys) {
            if (has(key)) {
                if (found != null) {
                    throw file.error(keyNode(key), kind + " takes only one of \"" + found + "\" and \"" + key + "\"");
                }
                found = key;
            }
        }
        if (found == null && required) {
            throw file.error(node, kind + " needs one of " + quoted(keys));
        }
        return found;
    }

    /** Fails when {@code key} is present together with {@code other}. */
    void notWith(String key, String other) {
        if (has(key) && has(other)) {
            throw file.error(keyNode(other), kind + " option \"" + other + "\" cannot be used with \"" + key + "\"");
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "null";
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    private static String quoted(String... keys) {
        List<String> q = new ArrayList<>();
        for (String key : keys) {
            q.add("\"" + key + "\"");
        }
        return String.join(", ", q);
    }
}
