package dev.converge.cli.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import dev.converge.cli.Main;

/** One in-process run of the command line ({@link Main#run}) with its exit code and captured output. */
record CliCapture(int exitCode, String out, String err) {

    /** What a crash looks like: a stack frame, or a Java exception class name leaking into a message. */
    private static final Pattern CRASH = Pattern.compile(
            "^\\s+at [\\w.$]+\\(|\\b(java|javax|org|com|dev)\\.[\\w.$]+(Exception|Error)\\b|\\b\\w+(Exception|Error):"
                    + "|internal error", Pattern.MULTILINE);

    static CliCapture run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliCapture(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }

    /** The crash evidence found in the output, or null. */
    String crashEvidence() {
        var matcher = CRASH.matcher(all());
        return matcher.find() ? matcher.group() : null;
    }
}
