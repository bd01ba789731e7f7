package org.petface.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/**
 * One {@code petface} invocation as a user runs it (the real command line with its one-line error handler), with
 * what it printed: standard output, and standard error together with picocli's error stream.
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun petface(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter picoErr = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = PetfaceCommand.newCommandLine();
            cl.setErr(new PrintWriter(picoErr, true));
            int code = cl.execute(args);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8) + picoErr);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** {@code petface COMMAND ARGS...}. */
    static CommandRun command(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return petface(all);
    }
}
