package io.github.jixiao.json;

import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a host without jackson-databind does with the JSON format: run by {@link
 * NoDatabindClassPathTest} in a class loader that has jackson-core, core and io-json only. Refers
 * to nothing outside them.
 */
public final class NoDatabindProbe {
  private NoDatabindProbe() {}

  /**
   * Reads a disclosure and writes it (indented and compact), its one item, its review report as
   * JSON and as SARIF.
   *
   * @param json a disclosure in the JSON format
   * @return the texts written, in that order
   */
  public static String[] run(String json) {
    Disclosure d = JsonFormat.readDisclosure(json);
    Report report = RuleSet.catalogue().evaluate(d, Policy.defaults());
    ByteArrayOutputStream reportJson = new ByteArrayOutputStream();
    JsonReports.writeJson(report, reportJson);
    ByteArrayOutputStream sarif = new ByteArrayOutputStream();
    JsonReports.writeSarif(report, RuleSet.catalogue(), "doc.json", sarif);
    return new String[] {
      JsonFormat.writeToString(d),
      JsonFormat.writeToString(d, WriteOptions.builder().pretty(false).build()),
      JsonValues.write(JsonFormat.readItem(JsonValues.write(d.getItems().get(0)))),
      reportJson.toString(StandardCharsets.UTF_8),
      sarif.toString(StandardCharsets.UTF_8)
    };
  }
}
