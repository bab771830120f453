package org.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad train MODEL}: rebuilds a bundled statistical model from its data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a bundled model from its data.",
        subcommands = {TrainNerCommand.class, TrainTranslitCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which model to train: ner or translit");
    }
}
