package io.github.jixiao.examples;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonReports;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 示例：审核整个文件夹并输出 SARIF (example: validate a folder and write SARIF). */
public final class ValidateFolderToSarif {
  private ValidateFolderToSarif() {}

  /**
   * Checks every document in the folder named by the first argument with the formats found on
   * the class path, and writes one SARIF log to the file named by the second.
   *
   * @param args a folder and the SARIF file to write
   * @throws IOException if the folder cannot be listed or the file written
   */
  public static void main(String[] args) throws IOException {
    FormatRegistry formats = FormatRegistry.discover(ValidateFolderToSarif.class.getClassLoader());
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    Map<String, Report> reports = new LinkedHashMap<>();
    for (Path file : files) {
      Optional<FormatProvider> format = formats.forFile(file);
      if (format.isEmpty()) {
        continue;
      }
      try {
        Disclosure d = format.get().reader(ReadOptions.defaults()).readDisclosure(file);
        reports.put(file.getFileName().toString(), RuleSet.catalogue().evaluate(d, Policy.defaults()));
      } catch (FormatException e) {
        System.out.println("skipped " + file.getFileName() + ": " + e.reason());
      }
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      JsonReports.writeSarif(reports, RuleSet.catalogue(), out);
    }
    int findings = reports.values().stream().mapToInt(r -> r.getFindings().size()).sum();
    System.out.println("documents: " + reports.size() + ", findings: " + findings);
  }
}
