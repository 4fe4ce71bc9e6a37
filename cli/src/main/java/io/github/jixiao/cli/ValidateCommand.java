package io.github.jixiao.cli;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.json.JsonReports;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
          + "sheet. Word (.docx), Excel (.xlsx, .xls), PDF (.pdf, read only) and JSON (.json, .jsonl) come with the tool; a format module on the class path "
          + "adds its own. A folder means every file in it with the extension of a format that reads it.",
      "Content a reader cannot place in the model is listed under its document as read warnings (where, "
          + "what kind, the text); --strict refuses such a document instead.",
      "Exit code: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or an unreadable file (with "
          + "--strict also a document with content the reader cannot place; the other files are still checked). "
          + "Read warnings never change the exit code.",
      "A bad line of a JSON Lines batch is named as an unreadable part of its file (exit code 2) and the "
          + "other sheets are checked. What a folder holds that is not a regular file (a folder, a symbolic link "
          + "to nothing, a FIFO) is named as not read. --output is written whole or not at all, and never onto "
          + "an input.",
      "A total (files, sheets, findings by severity, time) is printed to standard error after the report, so that "
          + "standard output holds the report alone; while a folder is checked on a terminal, a progress line too."
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

  @Option(names = "--rules", paramLabel = "DIR|JAR", description = "also run the rule packs of a jar, or of every jar "
      + "in a folder (RuleProvider services); repeatable")
  private List<Path> rulePacks = new ArrayList<>();

  @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto", description = "a progress line on "
      + "standard error: auto shows it for several files when standard error is a terminal (default: ${DEFAULT-VALUE})")
  private Progress.Mode progress;

  @Option(names = "--uri-base", paramLabel = "DIR", description = "SARIF: the folder artifact URIs are relative to, "
      + "named %%SRCROOT%% (default: the current folder)")
  private Path uriBase;

  @Option(names = "--absolute-uris", description = "SARIF: write artifact URIs as absolute file: URIs, without %%SRCROOT%%")
  private boolean absoluteUris;

  @Option(names = "--strict", description = "refuse a document with content the reader cannot place in the model "
      + "(an unreadable file, exit code 2) instead of reporting read warnings")
  private boolean strict;

  /**
   * One document's outcome: a report and the read warnings, and the parts that could not be read
   * (a bad line of a batch); or no report and why the document could not be read at all.
   */
  private record Outcome(String name, Path path, Report report, int sheets, List<ReadWarning> warnings, List<String> unreadable) {
    static Outcome unreadable(String name, Path path, String error) {
      return new Outcome(name, path, null, 0, List.of(), List.of(error));
    }

    boolean readable() {
      return report != null;
    }
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    Phrases say = Phrases.of(lang);
    try (RulePacks packs = RulePacks.load(rulePacks, say)) {
      // the policy is checked against the rules that run: a pack's settings and rule ids are known
      return check(packs.rules(), policy(packs.rules(), say), say, err, start);
    }
  }

  private int check(RuleSet rules, Policy policy, Phrases say, PrintWriter err, long start) throws Exception {
    Inputs.Expanded expanded = Inputs.expand(files, main.formats(), say);
    List<Path> paths = expanded.files();
    if (paths.isEmpty() && !sample) {
      err.println("jixiao: " + say.get("validate.noInput"));
      return Main.UNUSABLE;
    }
    if (output != null) {
      Optional<Path> input = Outputs.sameAsAnInput(output, paths);
      if (input.isPresent()) {
        err.println("jixiao: " + say.get("output.isInput", Escapes.text(output.toString()), Escapes.text(input.get().toString()), "--output"));
        return Main.UNUSABLE;
      }
    }
    expanded.skipped().forEach((entry, why) -> err.println("jixiao: " + say.get("input.skipped", Escapes.text(entry.toString()), why)));
    Checker checker = new Checker(rules, policy);
    List<Outcome> outcomes = new ArrayList<>();
    if (sample) {
      Checker.Checked checked = checker.check(new Inputs.Whole(Inputs.sample()));
      outcomes.add(new Outcome(Inputs.SAMPLE_NAME, null, checked.report(), checked.sheets(), List.of(), List.of()));
    }
    outcomes.addAll(checkInParallel(paths, checker, main.formats(), Inputs.options(strict), err, say));

    boolean unreadable = false;
    boolean errors = false;
    for (Outcome o : outcomes) {
      for (String error : o.unreadable()) {
        err.println("jixiao: " + Escapes.text(error));
        unreadable = true;
      }
      errors |= o.readable() && o.report().hasErrors();
    }
    write(outcomes, expanded.skipped(), rules, say);
    err.println(total(outcomes, say, start));
    return unreadable ? Main.UNUSABLE : errors ? Main.ERRORS_FOUND : Main.OK;
  }

  /**
   * The total of the run, for standard error: files (and how many could not be read, wholly or in
   * part), sheets, findings by severity and the time taken.
   */
  static String total(List<Outcome> outcomes, Phrases say, long start) {
    int unreadable = 0;
    int sheets = 0;
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Outcome o : outcomes) {
      unreadable += o.unreadable().isEmpty() ? 0 : 1;
      sheets += o.sheets();
      if (o.readable()) {
        o.report().countsBySeverity().forEach((severity, n) -> counts.merge(severity, n, Integer::sum));
      }
    }
    String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
    return say.get("total", outcomes.size(), unreadable, sheets, counts.getOrDefault(Severity.ERROR, 0),
        counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0), seconds);
  }

  /** The policy: the defaults or --policy, with --framework. */
  private Policy policy(RuleSet rules, Phrases say) {
    Policy base = policyFile == null ? Policy.defaults() : PolicyFiles.load(policyFile, rules, say);
    if (framework.equals("auto")) {
      return base;
    }
    IndicatorFramework f = IndicatorFramework.fromId(framework).orElseThrow(
        () -> new CliException(say.get("validate.badFramework", Texts.cut(framework))));
    return Policy.builder().from(base).framework(f).build();
  }

  /** Reads and checks the files on all cores; results come back in the order given. */
  private List<Outcome> checkInParallel(List<Path> paths, Checker checker, FormatRegistry formats, ReadOptions options,
      PrintWriter err, Phrases say) throws InterruptedException {
    int threads = Math.max(1, Math.min(paths.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Progress line = new Progress(err, paths.size(), Progress.shown(progress, main.terminal(), paths.size()), say);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> {
          Outcome outcome = checkOne(path, checker, formats, options, say);
          line.fileDone();
          return outcome;
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          outcomes.add(futures.get(i).get());
        } catch (ExecutionException e) {
          // checkOne catches everything; this is what escaped it anyway (the progress line failing)
          String name = paths.get(i).toString();
          outcomes.add(Outcome.unreadable(name, paths.get(i), name + ": " + failure(e.getCause(), say)));
        }
      }
      return outcomes;
    } finally {
      line.erase();
      pool.shutdownNow();
    }
  }

  /**
   * Reads and checks one file on the calling thread; its warnings are collected in document order.
   * Whatever goes wrong, running out of memory included, makes this one file unreadable, with the
   * reason, and leaves the other files' outcomes alone.
   */
  private static Outcome checkOne(Path path, Checker checker, FormatRegistry formats, ReadOptions options, Phrases say) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      return Outcome.unreadable(name, path, say.get("input.noSuchFile", name));
    }
    List<ReadWarning> warnings = new ArrayList<>();
    try {
      Checker.Checked checked = checker.check(Inputs.read(path, formats, options, warnings::add, say));
      List<String> parts = checked.unreadable().stream().map(e -> e.withSource(name).getMessage()).toList();
      return new Outcome(name, path, checked.report(), checked.sheets(), List.copyOf(warnings), parts);
    } catch (FormatException e) {
      return Outcome.unreadable(name, path, e.withSource(name).getMessage());
    } catch (UncheckedIOException e) {
      return Outcome.unreadable(name, path, name + ": " + e.getMessage());
    } catch (RuntimeException | Error e) {
      // an OutOfMemoryError frees what this file's reading held once it unwinds; a bug in a
      // format or a rule is this file's failure, not the run's
      return Outcome.unreadable(name, path, name + ": " + failure(e, say));
    }
  }

  /** What went wrong outside the formats' own errors, for the message of an unreadable file. */
  static String failure(Throwable e, Phrases say) {
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Texts.cut(e.getMessage()));
    return say.get(e instanceof OutOfMemoryError ? "failure.outOfMemory" : "failure.bug", what);
  }

  private void write(List<Outcome> outcomes, Map<Path, String> skipped, RuleSet rules, Phrases say) throws IOException {
    Map<String, Report> reports = new LinkedHashMap<>();
    Map<String, List<ReadWarning>> warnings = new LinkedHashMap<>();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    switch (format) {
      case json:
        for (Outcome o : outcomes) {
          if (o.readable()) {
            reports.put(o.name(), o.report());
            warnings.put(o.name(), o.warnings());
          }
        }
        JsonReports.writeJson(reports, warnings, buffer);
        break;
      case sarif:
        Map<String, String> unreadable = new LinkedHashMap<>();
        SarifUris uris = absoluteUris ? SarifUris.absolute() : SarifUris.relativeTo(uriBase == null ? Path.of("") : uriBase);
        for (Outcome o : outcomes) {
          String uri = o.path() == null ? o.name() : uris.of(o.path());
          if (o.readable()) {
            reports.put(uri, o.report());
            warnings.put(uri, o.warnings());
          }
          if (!o.unreadable().isEmpty()) {
            unreadable.put(uri, String.join("\n", o.unreadable()));
          }
        }
        Map<String, String> skippedByUri = new LinkedHashMap<>();
        skipped.forEach((entry, why) -> skippedByUri.put(uris.of(entry), why));
        JsonReports.writeSarif(reports, warnings, unreadable, skippedByUri, rules, uris.options(say.language()), buffer);
        break;
      default:
        buffer.write(text(outcomes, skipped, say).getBytes(StandardCharsets.UTF_8));
    }
    if (output != null) {
      Outputs.write(output, out -> buffer.writeTo(out));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(buffer.toString(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  /**
   * The text report: per readable document its read warnings, findings, the parts that could not
   * be read, and the totals; then what a folder held that was not read. Everything from the
   * documents and their names is escaped ({@link Escapes}).
   */
  private String text(List<Outcome> outcomes, Map<Path, String> skipped, Phrases say) {
    boolean zh = say.zh();
    StringBuilder text = new StringBuilder();
    for (Outcome o : outcomes) {
      if (!o.readable()) {
        continue;
      }
      text.append("== ").append(Escapes.text(o.name())).append(" ==\n")
          .append(Warnings.section(o.warnings(), zh))
          .append(escaped(o.report()).toText(lang.name()));
      if (!o.unreadable().isEmpty()) {
        text.append(zh ? "无法读取的部分：" : "Unreadable parts: ").append(o.unreadable().size()).append('\n');
        for (String part : o.unreadable()) {
          text.append("  ").append(Escapes.text(part)).append('\n');
        }
      }
      text.append(Warnings.total(o.warnings(), zh));
    }
    if (!skipped.isEmpty()) {
      text.append(zh ? "未读取（不是普通文件）：" : "Not read (not regular files): ").append(skipped.size()).append('\n');
      skipped.forEach((entry, why) -> text.append("  ").append(Escapes.text(entry.toString())).append("  ").append(why).append('\n'));
    }
    return text.toString();
  }

  /**
   * The report with everything that comes from the document escaped, and long names and
   * quotations cut, for the text output.
   */
  private static Report escaped(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      Location l = f.getLocation();
      Location.Builder at = Location.builder().from(l).path(Escapes.text(Escapes.cutQuotations(l.getPath())));
      l.getItemName().ifPresent(n -> at.itemName(Escapes.text(Texts.cut(n))));
      Finding.Builder b = Finding.builder().from(f).location(at.build())
          .messageZh(Escapes.text(Escapes.cutQuotations(f.getMessageZh())))
          .messageEn(Escapes.text(Escapes.cutQuotations(f.getMessageEn())));
      f.getValue().ifPresent(v -> b.value(Escapes.text(Texts.cut(v))));
      f.getExpected().ifPresent(v -> b.expected(Escapes.text(Texts.cut(v))));
      findings.add(b.build());
    }
    return Report.of(findings);
  }
}
