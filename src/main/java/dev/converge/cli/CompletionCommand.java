package dev.converge.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code converge completion bash|zsh}: prints the shell completion script that picocli generates from the
 * command model, so that it always matches the options of this build. The script serves zsh too, through zsh's
 * bash completion compatibility (it loads bashcompinit itself).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a shell completion script for bash or zsh.",
        footerHeading = "%nExamples:%n",
        footer = {"  source <(converge completion bash)                      # this shell",
                "  converge completion bash > /etc/bash_completion.d/converge",
                "  source <(converge completion zsh)                       # zsh: this shell, or put it in ~/.zshrc",
                "  (it is a bash script that loads zsh's bashcompinit itself: not a _converge file for $fpath)",
                "", "Exit codes: 0 printed, 64 usage (unknown shell)."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("converge", spec.root().commandLine());
        var out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return Main.EXIT_OK;
    }
}
