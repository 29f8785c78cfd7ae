package dev.converge.source;

/**
 * A 1-based line and column in a file, the one place that decides how text is counted so that the splitter and
 * the loader's mapping of PostgreSQL error positions agree: a line ends at {@code \n}, {@code \r\n} or a lone
 * {@code \r}; a column is one character (a code point, as PostgreSQL counts positions; a tab is one column).
 */
record TextPosition(int line, int column) {

    static final TextPosition START = new TextPosition(1, 1);

    /** The position reached from this one, which is that of {@code text[from]}, after reading up to {@code to}. */
    TextPosition advance(CharSequence text, int from, int to) {
        int l = line;
        int c = column;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                l++;
                c = 1;
            } else if (ch != '\r' && !Character.isLowSurrogate(ch)) {
                c++;
            }
        }
        return new TextPosition(l, c);
    }
}
