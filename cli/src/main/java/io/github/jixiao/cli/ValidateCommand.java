package io.github.jixiao.cli;

import io.github.jixiao.format.FormatException;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao validate}: checks documents against the review rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks Word (.docx) and JSON documents against the national review rules and prints the findings "
          + "grouped by document and sheet. A folder means every .docx / .json / .jsonl in it.",
      "Exit code: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or an unreadable file."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum OutputFormat { text, json, sarif }

  /** Languages of messages. */
  enum Language { zh, en }

  @Spec
  private CommandSpec spec;

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

  /** One document's outcome: a report, or why it could not be read. */
  private record Outcome(String name, Report report, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Policy policy = policy();
    if (policy == null) {
      return Main.UNUSABLE;
    }
    List<Path> paths = Inputs.expand(files);
    if (paths.isEmpty() && !sample) {
      err.println("jixiao: give FILE... or --sample (see jixiao validate --help)");
      return Main.UNUSABLE;
    }
    Checker checker = new Checker(RuleSet.catalogue(), policy);
    List<Outcome> outcomes = new ArrayList<>();
    if (sample) {
      outcomes.add(new Outcome(Inputs.SAMPLE_NAME, checker.check(new Inputs.Whole(Inputs.sample())), null));
    }
    outcomes.addAll(checkInParallel(paths, checker, err));

    boolean unreadable = false;
    boolean errors = false;
    Map<String, Report> reports = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        err.println("jixiao: " + o.error());
        unreadable = true;
      } else {
        reports.put(o.name(), o.report());
        errors |= o.report().hasErrors();
      }
    }
    write(reports);
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
  private List<Outcome> checkInParallel(List<Path> paths, Checker checker, PrintWriter err) throws InterruptedException {
    int threads = Math.max(1, Math.min(paths.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    boolean progress = System.console() != null && paths.size() > 1;
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> {
          Outcome outcome = checkOne(path, checker);
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

  private static Outcome checkOne(Path path, Checker checker) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      return new Outcome(name, null, name + ": no such file");
    }
    try {
      return new Outcome(name, checker.check(Inputs.read(path)), null);
    } catch (FormatException e) {
      return new Outcome(name, null, e.withSource(name).getMessage());
    } catch (UncheckedIOException e) {
      return new Outcome(name, null, name + ": " + e.getMessage());
    }
  }

  private void write(Map<String, Report> reports) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    switch (format) {
      case json:
        JsonReports.writeJson(reports, buffer);
        break;
      case sarif:
        JsonReports.writeSarif(reports, RuleSet.catalogue(), buffer);
        break;
      default:
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Report> e : reports.entrySet()) {
          text.append("== ").append(e.getKey()).append(" ==\n").append(e.getValue().toText(lang.name()));
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
