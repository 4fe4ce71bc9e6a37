package io.github.jixiao.cli;

import io.github.jixiao.format.FormatRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * 命令行入口 (command-line entry point): {@code java -jar jixiao.jar validate --sample}.
 *
 * <p>Exit codes: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or a file that
 * cannot be read (with {@code --strict}, also a file with content the reader could not place).
 * Read warnings never change the exit code.
 */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"绩效: checks and converts project expenditure performance targets (项目支出绩效目标).", ""},
    subcommands = {ValidateCommand.class, ConvertCommand.class, RulesCommand.class},
    synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
  /** Exit code: nothing wrong. */
  public static final int OK = 0;
  /** Exit code: at least one ERROR finding. */
  public static final int ERRORS_FOUND = 1;
  /** Exit code: bad usage, or an input that could not be read. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  private FormatRegistry formats;
  private final Phrases say;
  private final boolean terminal;

  private Main(FormatRegistry formats, Phrases say, boolean terminal) {
    this.formats = formats;
    this.say = say;
    this.terminal = terminal;
  }

  /**
   * Whether standard error is a terminal someone watches, where a progress line can be redrawn:
   * the JVM's console is there and the tool writes to the process's own standard error (not to a
   * stream a caller passed in). Never in CI logs or when the output is piped.
   */
  boolean terminal() {
    return terminal;
  }

  /**
   * The formats the commands read and write: those given, or else every {@link
   * io.github.jixiao.format.FormatProvider} on the tool's class path (Word and JSON, and any
   * format module added to it), found when a command first needs them.
   */
  FormatRegistry formats() {
    if (formats == null) {
      formats = FormatRegistry.discover(Main.class.getClassLoader());
    }
    return formats;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), say.get("main.commandRequired"));
  }

  /**
   * Whether the process's standard error is a terminal. Java 17 can tell only that standard input
   * and output both are ({@link System#console()}), which is false as soon as the report is
   * redirected to a file; on Linux, {@code /proc/self/fd/2} names the terminal itself.
   */
  static boolean standardErrorIsATerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException | InvalidPathException e) {
      return false;
    }
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool without exiting, writing to the given streams. The formats are those on the
   * class path (found with {@link FormatRegistry#discover(ClassLoader)}).
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, null);
  }

  /**
   * Runs the tool with the given formats (tests register formats of their own).
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @param formats the formats inputs are read and outputs written with; null to discover them
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, FormatRegistry formats) {
    Phrases say = Phrases.of(args);
    CommandLine cli = new CommandLine(new Main(formats, say, err == System.err && standardErrorIsATerminal()));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("jixiao: " + Escapes.text(String.valueOf(e.getMessage())));
      return UNUSABLE;
    });
    try {
      return cli.execute(args);
    } catch (Error e) {
      // running out of memory (or a bug) is an input the tool could not handle, not "ERROR
      // findings": exit code 2 with the reason, never the JVM's 1; outputs are written whole or
      // not at all, so nothing half-written is left
      cli.getErr().println("jixiao: " + ValidateCommand.failure(e, say));
      cli.getErr().flush();
      return UNUSABLE;
    }
  }
}
