package io.github.jixiao.cli;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.json.JsonReports;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.PolicyException;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao validate}: checks documents against the review rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks documents against the national review rules and prints the findings grouped by document and "
          + "sheet. Word (.docx) and JSON (.json, .jsonl) come with the tool; a format module on the class path "
          + "adds its own. A folder means every file in it with the extension of a format that reads it.",
      "Content a reader cannot place in the model is listed under its document as read warnings (where, "
          + "what kind, the text); --strict refuses such a document instead.",
      "Exit code: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or an unreadable file (with "
          + "--strict also a document with content the reader cannot place; the other files are still checked). "
          + "Read warnings never change the exit code."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum OutputFormat { text, json, sarif }

  /** Languages of messages. */
  enum Language { zh, en }

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main main;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "documents or folders to check")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--sample", description = "also check the built-in sample county document (怀远县人民政府办公室 2024)")
  private boolean sample;

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  private OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  private Path output;

  @Option(names = "--policy", paramLabel = "FILE", description = "a policy .properties file (thresholds, rules off, severities)")
  private Path policyFile;

  @Option(names = "--framework", paramLabel = "pre-2021|2021|auto", description = "indicator framework to check against (default: auto)")
  private String framework = "auto";

  @Option(names = "--lang", defaultValue = "zh", description = "language of messages: zh or en (default: ${DEFAULT-VALUE})")
  private Language lang;

  @Option(names = "--strict", description = "refuse a document with content the reader cannot place in the model "
      + "(an unreadable file, exit code 2) instead of reporting read warnings")
  private boolean strict;

  /** One document's outcome: a report and the read warnings, or why it could not be read. */
  private record Outcome(String name, Report report, List<ReadWarning> warnings, String error) {
    static Outcome unreadable(String name, String error) {
      return new Outcome(name, null, List.of(), error);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Policy policy = policy();
    if (policy == null) {
      return Main.UNUSABLE;
    }
    List<Path> paths = Inputs.expand(files, main.formats());
    if (paths.isEmpty() && !sample) {
      err.println("jixiao: give FILE... or --sample (see jixiao validate --help)");
      return Main.UNUSABLE;
    }
    Checker checker = new Checker(RuleSet.catalogue(), policy);
    List<Outcome> outcomes = new ArrayList<>();
    if (sample) {
      outcomes.add(new Outcome(Inputs.SAMPLE_NAME, checker.check(new Inputs.Whole(Inputs.sample())), List.of(), null));
    }
    outcomes.addAll(checkInParallel(paths, checker, main.formats(), Inputs.options(strict), err));

    boolean unreadable = false;
    boolean errors = false;
    Map<String, Report> reports = new LinkedHashMap<>();
    Map<String, List<ReadWarning>> warnings = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        err.println("jixiao: " + o.error());
        unreadable = true;
      } else {
        reports.put(o.name(), o.report());
        warnings.put(o.name(), o.warnings());
        errors |= o.report().hasErrors();
      }
    }
    write(reports, warnings);
    return unreadable ? Main.UNUSABLE : errors ? Main.ERRORS_FOUND : Main.OK;
  }

  private Policy policy() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Policy base = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
      if (framework.equals("auto")) {
        return base;
      }
      IndicatorFramework f = IndicatorFramework.fromId(framework).orElse(null);
      if (f == null) {
        err.println("jixiao: --framework must be pre-2021, 2021 or auto, not " + framework);
        return null;
      }
      return Policy.builder().from(base).framework(f).build();
    } catch (PolicyException e) {
      err.println("jixiao: " + e.getMessage());
      return null;
    }
  }

  /** Reads and checks the files on all cores; results come back in the order given. */
  private List<Outcome> checkInParallel(List<Path> paths, Checker checker, FormatRegistry formats, ReadOptions options,
      PrintWriter err) throws InterruptedException {
    int threads = Math.max(1, Math.min(paths.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    boolean progress = System.console() != null && paths.size() > 1;
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> {
          Outcome outcome = checkOne(path, checker, formats, options);
          if (progress) {
            synchronized (err) {
              err.print("\r" + done.incrementAndGet() + "/" + paths.size() + " checked");
              err.flush();
            }
          }
          return outcome;
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      if (progress) {
        err.println();
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads and checks one file on the calling thread; its warnings are collected in document order. */
  private static Outcome checkOne(Path path, Checker checker, FormatRegistry formats, ReadOptions options) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      return Outcome.unreadable(name, name + ": no such file");
    }
    List<ReadWarning> warnings = new ArrayList<>();
    try {
      Report report = checker.check(Inputs.read(path, formats, options, warnings::add));
      return new Outcome(name, report, List.copyOf(warnings), null);
    } catch (FormatException e) {
      return Outcome.unreadable(name, e.withSource(name).getMessage());
    } catch (UncheckedIOException e) {
      return Outcome.unreadable(name, name + ": " + e.getMessage());
    }
  }

  private void write(Map<String, Report> reports, Map<String, List<ReadWarning>> warnings) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    switch (format) {
      case json:
        JsonReports.writeJson(reports, warnings, buffer);
        break;
      case sarif:
        JsonReports.writeSarif(reports, warnings, RuleSet.catalogue(), buffer);
        break;
      default:
        boolean zh = lang == Language.zh;
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Report> e : reports.entrySet()) {
          List<ReadWarning> read = warnings.getOrDefault(e.getKey(), List.of());
          text.append("== ").append(e.getKey()).append(" ==\n")
              .append(Warnings.section(read, zh))
              .append(e.getValue().toText(lang.name()))
              .append(Warnings.total(read, zh));
        }
        buffer.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (output != null) {
      Files.write(output, buffer.toByteArray());
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(buffer.toString(StandardCharsets.UTF_8));
      out.flush();
    }
  }

}
