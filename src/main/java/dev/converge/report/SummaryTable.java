package dev.converge.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header and left-aligned, padded columns: the one-line-per-target summary that ends
 * a run on several targets. Plain text on purpose, so it reads the same in a terminal and in a CI log.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendRow(text, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendRow(text, rule, widths);
        rows.forEach(row -> appendRow(text, row, widths));
        return text.toString();
    }

    private static void appendRow(StringBuilder text, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(i == 0 ? "" : "  ").append(row.get(i));
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - row.get(i).length()));
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
