package org.petface.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code petface} command: one subcommand per pipeline job, all calling the same engine as the KNIME nodes. */
@Command(name = "petface", mixinStandardHelpOptions = true, version = "petface 0.1.0",
        description = "Measures how easily PET and CT scans are re-identified from the face they reveal.",
        subcommands = {PhantomCommand.class, ScanCommand.class, VolumeCommand.class, SurfaceCommand.class,
                RenderCommand.class, EmbedCommand.class, ExperimentCommand.class, DemoCommand.class,
                BenchCommand.class})
public final class PetfaceCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** A command line whose failures print one line ("petface: reason") and exit non-zero. */
    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PetfaceCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("petface " + commandLine.getCommandName() + ": " + oneLineReason(e));
            err.flush();
            return 2;
        });
        return cl;
    }

    static String oneLineReason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
