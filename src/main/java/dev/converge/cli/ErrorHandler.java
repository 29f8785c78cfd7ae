package dev.converge.cli;

import java.util.regex.Pattern;

import picocli.CommandLine;

import dev.converge.error.ApplyCancelledException;
import dev.converge.error.ConvergeException;
import dev.converge.error.PolicyRefusedException;
import dev.converge.error.UsageException;

/**
 * Maps exceptions to the exit-code contract and prints one clear message: {@code converge: error: ...}. Stack
 * traces are for bugs only (an exception that is not a ConvergeException), and then go to standard error too.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (exception instanceof ApplyCancelledException) {
            err.println("converge: " + exception.getMessage());
            return Main.EXIT_INTERRUPTED;
        }
        if (exception instanceof PolicyRefusedException) {
            err.println("converge: " + exception.getMessage());
            return Main.EXIT_REFUSED;
        }
        if (exception instanceof UsageException) {
            err.println("converge: " + exception.getMessage());
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            return Main.EXIT_USAGE;
        }
        if (exception instanceof ConvergeException) {
            err.println("converge: error: " + withoutClassNames(exception.getMessage()));
            return Main.EXIT_ERROR;
        }
        err.println("converge: internal error (please report it): " + exception);
        exception.printStackTrace(err);
        return Main.EXIT_ERROR;
    }

    /** {@code java.nio.file.NoSuchFileException: } and the like, as a library's message may embed them. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|sun|org|com|dev)\\.(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

    /**
     * A user is told what happened, never which Java class said so (issue 14): the last guard for messages that
     * carry a cause's {@code toString()}. Messages built here say it in words already (see FileProblem).
     */
    static String withoutClassNames(String message) {
        return message == null ? "" : CLASS_NAME.matcher(message).replaceAll("");
    }
}
