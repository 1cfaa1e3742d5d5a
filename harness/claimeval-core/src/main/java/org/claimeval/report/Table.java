package org.claimeval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of strings, rendered either as aligned plain text (console) or as a Markdown table, so both human
 * formats show exactly the same rows. A column whose cells are all numbers (or blank, or "-") is right-aligned;
 * every other column is left-aligned.
 */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String toText() {
        boolean[] numeric = numericColumns();
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendText(sb, headers, widths, numeric);
        for (List<String> row : rows) {
            appendText(sb, row, widths, numeric);
        }
        return sb.toString();
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        appendMarkdown(sb, headers);
        boolean[] numeric = numericColumns();
        sb.append('|');
        for (int i = 0; i < headers.size(); i++) {
            sb.append(numeric[i] ? " ---: |" : " --- |");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            appendMarkdown(sb, row);
        }
        return sb.toString();
    }

    /** An HTML table, every cell escaped; numeric columns get {@code class="n"} (right-aligned by the page). */
    public String toHtml() {
        boolean[] numeric = numericColumns();
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            sb.append(numeric[i] ? "<th class=\"n\">" : "<th>").append(Html.escape(headers.get(i))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(numeric[i] ? "<td class=\"n\">" : "<td>").append(Html.escape(row.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /** Columns to right-align: those with at least one number and nothing but numbers, blanks and dashes. */
    private boolean[] numericColumns() {
        boolean[] numeric = new boolean[headers.size()];
        for (int i = 1; i < numeric.length; i++) {
            boolean anyNumber = false;
            boolean onlyNumbers = true;
            for (List<String> row : rows) {
                String cell = row.get(i);
                if (NUMBER.matcher(cell).matches()) {
                    anyNumber = true;
                } else if (!cell.isEmpty() && !cell.equals("-")) {
                    onlyNumbers = false;
                }
            }
            numeric[i] = anyNumber && onlyNumbers;
        }
        return numeric;
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?|\\[[-+]?[\\d.]+, [-+]?[\\d.]+\\]");

    private static void appendText(StringBuilder sb, List<String> cells, int[] widths, boolean[] numeric) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(numeric[i] ? pad + cell : cell + pad);
        }
        // No trailing blanks: the first column is padded only when more columns follow.
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static void appendMarkdown(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String cell : cells) {
            sb.append(' ').append(Markdown.escape(cell)).append(" |");
        }
        sb.append('\n');
    }
}
