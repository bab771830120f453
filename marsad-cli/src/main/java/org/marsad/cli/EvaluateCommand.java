package org.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad evaluate TASK}: scores a component against gold data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score a component against gold data.",
        subcommands = {EvaluateNerCommand.class, EvaluateTranslitCommand.class, EvaluateDuplicatesCommand.class,
                EvaluateHtmlCommand.class, EvaluateDatesCommand.class})
final class EvaluateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to evaluate: ner, translit, duplicates, html or dates");
    }
}
