package dev.converge.source.yaml;

import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import dev.converge.error.DesiredStateException;
import dev.converge.source.SourceFile;

/**
 * A YAML desired-state file, composed into SnakeYAML nodes (which keep their line and column) and never
 * constructed into Java objects: no tags are honoured and no classes instantiated, whatever the file says. The
 * limits bound what a hostile or broken file can cost: few aliases (no "billion laughs"), shallow nesting, and a
 * few megabytes of text.
 */
final class YamlFile {

    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final SourceFile source;

    YamlFile(SourceFile source) {
        this.source = source;
    }

    SourceFile source() {
        return source;
    }

    /** The document's root node, or null for an empty file (or one with only comments). */
    Node compose() {
        if (source.content().length() > MAX_CODE_POINTS) {
            throw new DesiredStateException(source.displayName() + ": too large for a YAML desired-state file ("
                    + source.content().length() + " characters, the limit is " + MAX_CODE_POINTS
                    + "); split it into several files");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(options);
        try {
            return yaml.compose(new StringReader(source.content()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new DesiredStateException(location(mark) + ": invalid YAML: " + firstLine(problem) + context);
        } catch (YAMLException e) {
            throw new DesiredStateException(source.displayName() + ": invalid YAML: " + firstLine(e.getMessage())
                    + limitsHint(e.getMessage()));
        }
    }

    /** {@code file:line:col} of a node (SnakeYAML counts from 0, messages from 1). */
    String location(Node node) {
        return location(node.getStartMark());
    }

    String location(Mark mark) {
        if (mark == null) {
            return source.displayName();
        }
        return source.displayName() + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    DesiredStateException error(Node node, String message) {
        return new DesiredStateException(location(node) + ": " + message);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable document";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static String limitsHint(String message) {
        if (message != null && (message.contains("aliases") || message.contains("code points")
                || message.contains("Nesting"))) {
            return " (Converge limits YAML files to " + MAX_ALIASES + " aliases of collections, " + MAX_NESTING
                    + " levels of nesting and " + MAX_CODE_POINTS + " characters)";
        }
        return "";
    }
}
