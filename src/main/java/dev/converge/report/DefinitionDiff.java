package dev.converge.report;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/** A unified diff (java-diff-utils, which only the report package uses) between two definitions of an object. */
final class DefinitionDiff {

    private static final int CONTEXT_LINES = 3;

    private DefinitionDiff() {
    }

    static String unified(String id, String current, String desired) {
        List<String> currentLines = current.lines().toList();
        List<String> desiredLines = desired.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("current/" + id, "desired/" + id, currentLines,
                DiffUtils.diff(currentLines, desiredLines), CONTEXT_LINES);
        return String.join("\n", diff);
    }
}
