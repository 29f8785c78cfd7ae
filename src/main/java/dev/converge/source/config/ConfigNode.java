package dev.converge.source.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dev.converge.source.yaml.Suggestions;

/**
 * A node of the composed YAML tree with its key path, so that every type error names file, line and key. The
 * tree is only composed, never constructed into objects: no YAML tag can instantiate a class.
 */
final class ConfigNode {

    private final Node node;
    private final Path file;
    private final String key;

    ConfigNode(Node node, Path file, String key) {
        this.node = node;
        this.file = file;
        this.key = key;
    }

    ConfigLocation location() {
        return new ConfigLocation(file, node.getStartMark().getLine() + 1, key);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && node.getTag().getValue().endsWith(":null");
    }

    /** The entries of a mapping, in file order; a key outside {@code allowed} or a repeated key is an error. */
    Map<String, ConfigNode> mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw location().error("expected a mapping (key: value lines), found " + describe());
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            ConfigNode keyNode = new ConfigNode(tuple.getKeyNode(), file, child(""));
            if (!keyNode.isScalar()) {
                throw keyNode.location().error("a key must be plain text");
            }
            String name = ((ScalarNode) tuple.getKeyNode()).getValue();
            ConfigNode value = new ConfigNode(tuple.getValueNode(), file, child(name));
            if (allowed != null && !allowed.contains(name)) {
                throw new ConfigLocation(file, keyNode.location().line(), child(name))
                        .error("unknown key" + Suggestions.didYouMean(name, allowed) + " (expected one of: "
                                + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            if (entries.put(name, value) != null) {
                throw new ConfigLocation(file, keyNode.location().line(), child(name)).error("duplicate key");
            }
        }
        return entries;
    }

    String string() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw location().error("expected a text value, found " + describe());
        }
        String value = scalar.getValue().trim();
        if (value.isEmpty()) {
            throw location().error("must not be empty");
        }
        return value;
    }

    boolean bool() {
        String value = isScalar() ? ((ScalarNode) node).getValue() : "";
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw location().error("expected true or false, found " + describe());
        };
    }

    int positiveInt() {
        String value = isScalar() ? ((ScalarNode) node).getValue() : "";
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw location().error("expected a whole number of at least 1, found " + describe());
    }

    /** A list of text values; a single text value counts as a list of one. */
    List<String> strings() {
        List<String> values = new ArrayList<>();
        for (ConfigNode item : items()) {
            values.add(item.string());
        }
        return values;
    }

    /** The items of a sequence; a single scalar or mapping counts as a sequence of one. */
    List<ConfigNode> items() {
        if (node instanceof SequenceNode sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new ConfigNode(sequence.getValue().get(i), file, key + "[" + i + "]"));
            }
            return items;
        }
        return List.of(this);
    }

    private String child(String name) {
        return key.isEmpty() ? name : name.isEmpty() ? key : key + "." + name;
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
