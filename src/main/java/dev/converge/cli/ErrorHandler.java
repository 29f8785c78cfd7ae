package dev.converge.cli;

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
            err.println("converge: error: " + exception.getMessage());
            return Main.EXIT_ERROR;
        }
        err.println("converge: internal error (please report it): " + exception);
        exception.printStackTrace(err);
        return Main.EXIT_ERROR;
    }
}
