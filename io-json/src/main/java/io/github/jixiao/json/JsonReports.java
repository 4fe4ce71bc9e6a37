package io.github.jixiao.json;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审核报告输出 (report output): a review {@link Report} as JSON (Jixiao's own shape, with both
 * languages) or as SARIF 2.1.0 for CI pipelines and code-scanning tools — the rules in {@code
 * tool.driver.rules}, one result per finding with its rule id, level, message and a logical
 * location naming the sheet and indicator.
 */
public final class JsonReports {
  /** The SARIF version written. */
  public static final String SARIF_VERSION = "2.1.0";

  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String INFORMATION_URI = "https://github.com/jixiao/jixiao";
  private static final ObjectWriter WRITER =
      JsonMapper.builder(JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
          .build()
          .writer()
          .with(PrettyPrinting.printer());

  private JsonReports() {}

  /**
   * Writes a report as JSON: {@code formatVersion}, {@code type: "report"}, counts by severity and
   * the findings in document order.
   *
   * @param report the report
   * @param out the output, not closed
   */
  public static void writeJson(Report report, OutputStream out) {
    MissingValueException.require(report, "report");
    write(out, g -> {
      g.writeStartObject();
      g.writeStringProperty("formatVersion", ModelDecoder.FORMAT_VERSION);
      g.writeStringProperty("type", "report");
      reportFields(g, report);
      g.writeEndObject();
    });
  }

  /**
   * Writes the reports of several documents as JSON: {@code formatVersion}, {@code type:
   * "reports"}, and per document its name, counts and findings, in the map's order.
   *
   * @param reportsByDocument each document's name (such as its path) and its report
   * @param out the output, not closed
   */
  public static void writeJson(Map<String, Report> reportsByDocument, OutputStream out) {
    MissingValueException.require(reportsByDocument, "reportsByDocument");
    write(out, g -> {
      g.writeStartObject();
      g.writeStringProperty("formatVersion", ModelDecoder.FORMAT_VERSION);
      g.writeStringProperty("type", "reports");
      g.writeName("documents");
      g.writeStartArray();
      for (Map.Entry<String, Report> e : reportsByDocument.entrySet()) {
        g.writeStartObject();
        g.writeStringProperty("document", e.getKey());
        reportFields(g, e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void reportFields(JsonGenerator g, Report report) {
    g.writeName("counts");
    g.writeStartObject();
    for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) {
      g.writeNumberProperty(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeName("findings");
    g.writeStartArray();
    for (Finding f : report.getFindings()) {
      finding(g, f);
    }
    g.writeEndArray();
  }

  private static void finding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", f.getRuleId());
    g.writeStringProperty("severity", f.getSeverity().name());
    g.writeName("message");
    g.writeStartObject();
    g.writeStringProperty("zh", f.getMessageZh());
    g.writeStringProperty("en", f.getMessageEn());
    g.writeEndObject();
    Location l = f.getLocation();
    g.writeName("location");
    g.writeStartObject();
    g.writeStringProperty("path", l.getPath());
    g.writeStringProperty("section", l.getSection().name());
    if (l.getItemIndex().isPresent()) {
      g.writeNumberProperty("itemIndex", l.getItemIndex().getAsInt());
    }
    if (l.getItemName().isPresent()) {
      g.writeStringProperty("itemName", l.getItemName().get());
    }
    if (l.getRow().isPresent()) {
      g.writeNumberProperty("row", l.getRow().getAsInt());
    }
    g.writeEndObject();
    optional(g, "value", f.getValue());
    optional(g, "expected", f.getExpected());
    g.writeEndObject();
  }

  /**
   * Writes one report as a SARIF 2.1.0 log.
   *
   * @param report the report
   * @param rules the rules that produced it, listed in {@code tool.driver.rules}
   * @param artifactUri the checked document's URI (such as a relative file path), or null
   * @param out the output, not closed
   */
  public static void writeSarif(Report report, RuleSet rules, String artifactUri, OutputStream out) {
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put(artifactUri, report);
    writeSarif(reports, rules, out);
  }

  /**
   * Writes the reports of several documents as one SARIF 2.1.0 run.
   *
   * @param reportsByArtifact each document's URI (or null) and its report, in output order
   * @param rules the rules that produced them, listed in {@code tool.driver.rules}
   * @param out the output, not closed
   */
  public static void writeSarif(Map<String, Report> reportsByArtifact, RuleSet rules, OutputStream out) {
    MissingValueException.require(reportsByArtifact, "reportsByArtifact");
    MissingValueException.require(rules, "rules");
    List<Rule> ruleList = rules.rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < ruleList.size(); i++) {
      ruleIndex.put(ruleList.get(i).metadata().getId(), i);
    }
    write(out, g -> {
      g.writeStartObject();
      g.writeStringProperty("$schema", SARIF_SCHEMA);
      g.writeStringProperty("version", SARIF_VERSION);
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      tool(g, ruleList);
      g.writeName("results");
      g.writeStartArray();
      for (Map.Entry<String, Report> e : reportsByArtifact.entrySet()) {
        for (Finding f : e.getValue().getFindings()) {
          result(g, f, Optional.ofNullable(e.getKey()), ruleIndex.get(f.getRuleId()));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void tool(JsonGenerator g, List<Rule> rules) {
    g.writeName("tool");
    g.writeStartObject();
    g.writeName("driver");
    g.writeStartObject();
    g.writeStringProperty("name", "Jixiao");
    g.writeStringProperty("informationUri", INFORMATION_URI);
    String version = JsonReports.class.getPackage().getImplementationVersion();
    if (version != null) {
      g.writeStringProperty("version", version);
    }
    g.writeName("rules");
    g.writeStartArray();
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      g.writeStartObject();
      g.writeStringProperty("id", m.getId());
      g.writeStringProperty("name", m.getTitleEn());
      text(g, "shortDescription", m.getTitleEn());
      text(g, "fullDescription", m.getDescription());
      g.writeName("defaultConfiguration");
      g.writeStartObject();
      g.writeStringProperty("level", level(m.getDefaultSeverity()));
      g.writeEndObject();
      g.writeName("properties");
      g.writeStartObject();
      g.writeStringProperty("titleZh", m.getTitleZh());
      g.writeStringProperty("category", m.getCategory().name());
      g.writeStringProperty("source", m.getSource());
      g.writeName("frameworks");
      g.writeStartArray();
      for (IndicatorFramework f : IndicatorFramework.values()) {
        if (m.getFrameworks().contains(f)) {
          g.writeString(f.id());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Finding f, Optional<String> artifact, Integer ruleIndex) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", f.getRuleId());
    if (ruleIndex != null) {
      g.writeNumberProperty("ruleIndex", ruleIndex);
    }
    g.writeStringProperty("level", level(f.getSeverity()));
    text(g, "message", f.getMessageEn());
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    if (artifact.isPresent()) {
      g.writeName("physicalLocation");
      g.writeStartObject();
      g.writeName("artifactLocation");
      g.writeStartObject();
      g.writeStringProperty("uri", artifact.get());
      g.writeEndObject();
      g.writeEndObject();
    }
    Location l = f.getLocation();
    g.writeName("logicalLocations");
    g.writeStartArray();
    g.writeStartObject();
    g.writeStringProperty("fullyQualifiedName", l.getPath().isEmpty() ? "document" : l.getPath());
    g.writeStringProperty("name", l.getItemName().orElse("document"));
    g.writeStringProperty("kind", "element");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("messageZh", f.getMessageZh());
    g.writeStringProperty("section", l.getSection().name());
    if (l.getItemIndex().isPresent()) {
      g.writeNumberProperty("itemIndex", l.getItemIndex().getAsInt());
    }
    optional(g, "value", f.getValue());
    optional(g, "expected", f.getExpected());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static void text(JsonGenerator g, String name, String text) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("text", text);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void write(OutputStream out, java.util.function.Consumer<JsonGenerator> body) {
    MissingValueException.require(out, "out");
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      body.accept(g);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
    }
  }

}
