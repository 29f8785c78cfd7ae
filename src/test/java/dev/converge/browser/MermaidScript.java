package dev.converge.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find mermaid's browser bundle, which renders the mermaid text Converge writes the way GitHub
 * does: {@code CONVERGE_MERMAID_JS}, else the copy {@code .ci/browser-deps} fetched from the npm registry.
 */
final class MermaidScript {

    static final String VERSION = "12.3.0";

    private MermaidScript() {
    }

    static Path path() {
        String configured = System.getenv("CONVERGE_MERMAID_JS");
        Path path = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"),
                ".cache", "converge", "browser", "mermaid-" + VERSION, "mermaid.min.js");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("This test needs mermaid's browser bundle at " + path + ": run "
                    + ".ci/browser-deps (npm pack mermaid@" + VERSION + "), or set CONVERGE_MERMAID_JS to a "
                    + "mermaid.min.js.");
        }
        return path;
    }

    /** A page that renders {@code diagrams} (mermaid texts) and marks the body when done, or failed. */
    static String page(String title, java.util.List<String> diagrams) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(title) + "</title><script src=\"" + path().toUri() + "\"></script></head>\n"
                + "<body style=\"font-family:sans-serif;margin:16px\">\n");
        for (String diagram : diagrams) {
            html.append("<pre class=\"mermaid\">").append(escape(diagram)).append("</pre>\n");
        }
        html.append("<script>mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});\n"
                + "mermaid.run().then(() => document.body.dataset.rendered = 'yes')"
                + ".catch(e => { console.error('mermaid: ' + e); document.body.dataset.rendered = 'failed'; });"
                + "</script>\n</body></html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
