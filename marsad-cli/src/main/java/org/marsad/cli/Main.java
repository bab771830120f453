package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The marsad command line: a thin shell over the library, one subcommand per job. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic news observatory: analyse articles, export them, search them.",
        subcommands = {AnalyzeCommand.class, WatchCommand.class, SearchCommand.class, QuotesCommand.class,
                StoriesCommand.class, TimelineCommand.class, ServeCommand.class, TimeCommand.class,
                NerCommand.class, TranslitCommand.class, EvaluateCommand.class, TrainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("marsad: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }
}
