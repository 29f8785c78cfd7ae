package dev.converge.report.diagram;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, nothing fetched): a heading, a line of facts and
 * the diagram, or, for a plan report, whatever sections the caller adds before it.
 */
public final class HtmlPage {

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:24px;\
            line-height:1.45}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;\
            padding-bottom:4px}
            .facts{color:#57606a;margin:0 0 16px}
            table.grid{border-collapse:collapse;font-size:13px}table.grid td,table.grid th{border:1px solid #d0d7de;\
            padding:4px 8px;text-align:left;vertical-align:top}table.grid th{background:#f6f8fa}
            pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:12px;overflow:auto;\
            font-size:12px}
            .diagram{overflow:auto;border:1px solid #d0d7de;border-radius:6px;padding:8px;background:#fff}
            .legend span{display:inline-block;padding:1px 8px;margin-right:8px;border:1px solid;border-radius:4px;\
            font-size:12px}
            .legend .added{background:#dafbe1;border-color:#1a7f37}.legend .changed{background:#fff8c5;\
            border-color:#9a6700}.legend .dropped{background:#ffebe9;border-color:#cf222e}\
            .legend .context{background:#f6f8fa;border-color:#8c959f}
            .destructive{color:#cf222e;font-weight:bold;white-space:nowrap}.warning{color:#9a6700;white-space:nowrap}
            details{margin:4px 0}summary{cursor:pointer}
            """;

    private HtmlPage() {
    }

    /** The page of a diagram alone ({@code inspect --format html}). */
    public static String of(Diagram diagram, String facts) {
        return page(diagram.title(), "<p class=\"facts\">" + escape(facts) + "</p>\n<p class=\"facts\">PK primary "
                + "key, FK foreign key, UK unique; a type ending in ? is nullable; dashed boxes are views, dashed "
                + "lines what they read.</p>\n<div class=\"diagram\">\n" + SvgRenderer.render(diagram) + "</div>\n");
    }

    /** A page with {@code body} (HTML) under the title. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"generator\" content=\"converge\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    public static String escape(String text) {
        return SvgRenderer.xml(text);
    }
}
