package io.github.jixiao.examples;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.value.TargetValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 示例：README 中的代码 (example: the code shown in README.md): README shows the body of {@link
 * #main} line for line, which a test checks, and another test runs it.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Reads the .docx named by the first argument, prints its findings, parses a target value and
   * writes the document as JSON next to it.
   *
   * @param args a .docx file
   * @throws IOException if the JSON cannot be written
   */
  public static void main(String[] args) throws IOException {
    FormatRegistry formats = FormatRegistry.discover(ReadmeExample.class.getClassLoader());
    DocumentReader word = formats.byId("docx").orElseThrow().reader(ReadOptions.defaults());
    Disclosure document = word.readDisclosure(Path.of(args[0]));   // e.g. 怀远县2024年绩效目标.docx

    Report report = RuleSet.catalogue().evaluate(document, Policy.defaults());
    for (Finding f : report.getFindings()) {
      System.out.println(f.getSeverity() + " " + f.getRuleId() + " " + f.getLocation().getPath());
      System.out.println("  " + f.getMessageZh());   // 成本指标“项目总成本”的指标值“105.2万元”超过资金总额 100.00 万元
    }

    TargetValue t = TargetValue.parse("不低于９５％");   // QUANTITATIVE, GE (national code 1), 95, "%"
    System.out.println(t.getKind() + " " + t.getComparator().orElseThrow() + " " + t.getValue().orElseThrow() + " " + t.getUnit().orElseThrow());
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]).resolveSibling("doc.json"))) {
      formats.byId("json").orElseThrow().writer(WriteOptions.defaults()).writeDisclosure(document, out);
    }
  }
}
