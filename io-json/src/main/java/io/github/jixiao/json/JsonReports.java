package io.github.jixiao.json;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * 审核报告输出 (report output): a review {@link Report} as JSON (Jixiao's own shape, with both
 * languages) or as SARIF 2.1.0 for CI pipelines and code-scanning tools — the rules in {@code
 * tool.driver.rules}, one result per finding with its rule id, level, message and a logical
 * location naming the sheet and indicator. The reports of several documents can carry the {@link
 * ReadWarning}s of their reading (content the reader could not place in the model): in JSON as a
 * {@code warnings} array per document, in SARIF as tool execution notifications.
 */
public final class JsonReports {
  /** The SARIF version written. */
  public static final String SARIF_VERSION = "2.1.0";

  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonReports() {}

  /**
   * Writes a report as JSON: {@code formatVersion}, {@code type: "report"}, counts by severity and
   * the findings in document order.
   *
   * @param report the report
   * @param out the output, not closed
   */
  public static void writeJson(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
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
   * "reports"}, and per document its name, counts, findings and (empty) warnings, in the map's
   * order.
   *
   * @param reportsByDocument each document's name (such as its path) and its report
   * @param out the output, not closed
   */
  public static void writeJson(Map<String, Report> reportsByDocument, OutputStream out) {
    writeJson(reportsByDocument, Map.of(), out);
  }

  /**
   * Writes the reports of several documents as JSON with the warnings of their reading: {@code
   * formatVersion}, {@code type: "reports"}, and per document its name, counts, findings and
   * {@code warnings} (each with {@code kind}, {@code description} in {@code zh} and {@code en},
   * {@code text}, {@code location} with the fields the reader gave and a {@code description}, and
   * {@code detail}), in the order of {@code reportsByDocument}.
   *
   * @param reportsByDocument each document's name (such as its path) and its report
   * @param warningsByDocument each document's read warnings in document order; a document missing
   *     here has none
   * @param out the output, not closed
   * @throws IllegalArgumentException when a document has warnings but no report
   */
  public static void writeJson(
      Map<String, Report> reportsByDocument, Map<String, List<ReadWarning>> warningsByDocument, OutputStream out) {
    Objects.requireNonNull(reportsByDocument, "reportsByDocument");
    Map<String, List<ReadWarning>> warnings = warningsOf(reportsByDocument, warningsByDocument);
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
        g.writeName("warnings");
        g.writeStartArray();
        for (ReadWarning w : warnings.getOrDefault(e.getKey(), List.of())) {
          warning(g, w);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The warnings by document, null keys allowed, each document of them having a report. */
  private static Map<String, List<ReadWarning>> warningsOf(
      Map<String, Report> reports, Map<String, List<ReadWarning>> warningsByDocument) {
    Objects.requireNonNull(warningsByDocument, "warningsByDocument");
    Map<String, List<ReadWarning>> copy = new HashMap<>();
    for (Map.Entry<String, List<ReadWarning>> e : warningsByDocument.entrySet()) {
      List<ReadWarning> list = Objects.requireNonNull(e.getValue(), "warningsByDocument[" + e.getKey() + "]");
      if (!list.isEmpty() && !reports.containsKey(e.getKey())) {
        throw new IllegalArgumentException("warnings for a document without a report: " + e.getKey());
      }
      for (ReadWarning w : list) {
        Objects.requireNonNull(w, "warningsByDocument[" + e.getKey() + "] element");
      }
      copy.put(e.getKey(), List.copyOf(list));
    }
    return copy;
  }

  private static void warning(JsonGenerator g, ReadWarning w) {
    g.writeStartObject();
    g.writeStringProperty("kind", w.getKind().name());
    g.writeName("description");
    g.writeStartObject();
    g.writeStringProperty("zh", w.getKind().descriptionZh());
    g.writeStringProperty("en", w.getKind().descriptionEn());
    g.writeEndObject();
    g.writeStringProperty("text", w.getText());
    g.writeName("location");
    g.writeStartObject();
    locationFields(g, w.getLocation());
    g.writeStringProperty("description", w.getLocation().describe());
    g.writeEndObject();
    g.writeStringProperty("detail", w.getDetail());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
  }

  /** The fields of a format location that are set, by their FormatLocation names. */
  private static void locationFields(JsonGenerator g, FormatLocation l) {
    optional(g, "source", l.getSource());
    optional(g, "entry", l.getEntry());
    optional(g, "page", l.getPage());
    optional(g, "line", l.getLine());
    optional(g, "paragraph", l.getParagraph());
    optional(g, "table", l.getTable());
    optional(g, "row", l.getRow());
    optional(g, "column", l.getColumn());
    if (l.getByteOffset().isPresent()) {
      g.writeNumberProperty("byteOffset", l.getByteOffset().getAsLong());
    }
    optional(g, "jsonPointer", l.getJsonPointer());
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
    writeSarif(reportsByArtifact, Map.of(), rules, out);
  }

  /**
   * Writes the reports of several documents as one SARIF 2.1.0 run, with the warnings of their
   * reading. Each warning becomes a notification in {@code runs[0].invocations[0]
   * .toolExecutionNotifications} (a condition met while the tool ran, not a result about the
   * document): level {@code warning} for content not placed or in conflict, {@code note} for
   * ambiguous or hidden content; a descriptor {@code JX-READ-UNPLACED} etc. listed in {@code
   * tool.driver.notifications}; the English message; a location with the document as artifact, a
   * region when the reader gave a line or byte offset, the table, row and column (or paragraph,
   * page, JSON Pointer) as a logical location and in the location's message; and the kind, text,
   * detail, Chinese description and location fields as properties. Without any warning the
   * output is that of {@link #writeSarif(Map, RuleSet, OutputStream)}.
   *
   * @param reportsByArtifact each document's URI (or null) and its report, in output order
   * @param warningsByArtifact each document's read warnings in document order; a document missing
   *     here has none
   * @param rules the rules that produced the reports, listed in {@code tool.driver.rules}
   * @param out the output, not closed
   * @throws IllegalArgumentException when a document has warnings but no report
   */
  public static void writeSarif(Map<String, Report> reportsByArtifact, Map<String, List<ReadWarning>> warningsByArtifact,
      RuleSet rules, OutputStream out) {
    writeSarif(reportsByArtifact, warningsByArtifact, Map.of(), Map.of(), rules, out);
  }

  /**
   * Writes the reports of several documents as one SARIF 2.1.0 run, with the warnings of their
   * reading (as {@link #writeSarif(Map, Map, RuleSet, OutputStream)}), the documents or parts of
   * documents that could not be read, and what was given that was not read at all. Those are
   * notifications in {@code runs[0].invocations[0].toolExecutionNotifications} too: descriptor
   * {@code JX-READ-FAILED}, level {@code error}, with the reason as message (the invocation's
   * {@code executionSuccessful} is then false); and descriptor {@code JX-NOT-READ}, level {@code
   * note}, with why it was not read (a folder inside a folder, a symbolic link to nothing, a FIFO).
   *
   * <p>Artifact URIs are written as valid URI references: a key that is not one (a file path with
   * a space) is percent-encoded, and characters outside ASCII are percent-encoded in UTF-8. Pass
   * {@code Path.toUri().toString()} for files.
   *
   * @param reportsByArtifact each document's URI (or null) and its report, in output order
   * @param warningsByArtifact each document's read warnings in document order; a document missing
   *     here has none
   * @param unreadableByArtifact each document (or part of one) that could not be read and why; a
   *     document may also have a report, of the parts that could be read
   * @param notReadByArtifact what was given but not read, and why
   * @param rules the rules that produced the reports, listed in {@code tool.driver.rules}
   * @param out the output, not closed
   * @throws IllegalArgumentException when a document has warnings but no report
   */
  public static void writeSarif(Map<String, Report> reportsByArtifact, Map<String, List<ReadWarning>> warningsByArtifact,
      Map<String, String> unreadableByArtifact, Map<String, String> notReadByArtifact, RuleSet rules, OutputStream out) {
    writeSarif(reportsByArtifact, warningsByArtifact, unreadableByArtifact, notReadByArtifact, rules, SarifOptions.defaults(), out);
  }

  /**
   * Writes the reports of several documents as one SARIF 2.1.0 run, as {@link #writeSarif(Map,
   * Map, Map, Map, RuleSet, OutputStream)}, with messages in the options' language ({@code
   * run.language}; rule titles, results, notifications and their descriptors; the other language
   * stays in the properties, and a rule's {@code fullDescription}, which rules give in English
   * only, stays English) and relative artifact URIs written against the options' {@code
   * uriBaseId}, named with its base in {@code run.originalUriBaseIds}.
   *
   * @param reportsByArtifact each document's URI (or null) and its report, in output order
   * @param warningsByArtifact each document's read warnings in document order
   * @param unreadableByArtifact each document (or part of one) that could not be read and why
   * @param notReadByArtifact what was given but not read, and why
   * @param rules the rules that produced the reports, listed in {@code tool.driver.rules}
   * @param options the language and the base of relative URIs
   * @param out the output, not closed
   * @throws IllegalArgumentException when a document has warnings but no report
   */
  public static void writeSarif(Map<String, Report> reportsByArtifact, Map<String, List<ReadWarning>> warningsByArtifact,
      Map<String, String> unreadableByArtifact, Map<String, String> notReadByArtifact, RuleSet rules, SarifOptions options,
      OutputStream out) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(reportsByArtifact, "reportsByArtifact");
    Objects.requireNonNull(unreadableByArtifact, "unreadableByArtifact");
    Objects.requireNonNull(notReadByArtifact, "notReadByArtifact");
    Objects.requireNonNull(rules, "rules");
    Map<String, List<ReadWarning>> warnings = warningsOf(reportsByArtifact, warningsByArtifact);
    boolean anyWarning = warnings.values().stream().anyMatch(l -> !l.isEmpty())
        || !unreadableByArtifact.isEmpty() || !notReadByArtifact.isEmpty();
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
      tool(g, ruleList, anyWarning, options);
      g.writeStringProperty("language", options.languageTag());
      originalUriBaseIds(g, options);
      if (anyWarning) {
        g.writeName("invocations");
        g.writeStartArray();
        g.writeStartObject();
        g.writeBooleanProperty("executionSuccessful", unreadableByArtifact.isEmpty());
        g.writeName("toolExecutionNotifications");
        g.writeStartArray();
        for (String artifact : reportsByArtifact.keySet()) {
          for (ReadWarning w : warnings.getOrDefault(artifact, List.of())) {
            notification(g, w, Optional.ofNullable(artifact), options);
          }
        }
        unreadableByArtifact.forEach((artifact, why) -> toolNotification(g, UNREADABLE, artifact, why, options));
        notReadByArtifact.forEach((artifact, why) -> toolNotification(g, NOT_READ, artifact, why, options));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeName("results");
      g.writeStartArray();
      for (Map.Entry<String, Report> e : reportsByArtifact.entrySet()) {
        for (Finding f : e.getValue().getFindings()) {
          result(g, f, Optional.ofNullable(e.getKey()), ruleIndex.get(f.getRuleId()), options);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The id of the notification descriptor of a warning kind, such as {@code JX-READ-UNPLACED}. */
  private static String notificationId(ReadWarning.Kind kind) {
    return "JX-READ-" + kind.name();
  }

  private static String notificationLevel(ReadWarning.Kind kind) {
    switch (kind) {
      case UNPLACED:
      case CONFLICT:
        return "warning";
      default:
        return "note";
    }
  }

  /** The descriptors of notifications about the run rather than a warning: after the warnings' kinds. */
  private static final String UNREADABLE = "JX-READ-FAILED";
  private static final String NOT_READ = "JX-NOT-READ";

  private static int descriptorIndex(String id) {
    return ReadWarning.Kind.values().length + (id.equals(UNREADABLE) ? 0 : 1);
  }

  /** A document that could not be read, or something given that was not read. */
  private static void toolNotification(JsonGenerator g, String id, String artifact, String why, SarifOptions options) {
    g.writeStartObject();
    text(g, "message", why);
    g.writeStringProperty("level", id.equals(UNREADABLE) ? "error" : "note");
    g.writeName("descriptor");
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeNumberProperty("index", descriptorIndex(id));
    g.writeEndObject();
    if (artifact != null) {
      g.writeName("locations");
      g.writeStartArray();
      g.writeStartObject();
      physicalLocation(g, artifact, FormatLocation.unknown(), options);
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * An artifact's name as a valid URI reference: as given when it is one, percent-encoded where it
   * is not (a space, a backslash), characters outside ASCII percent-encoded in UTF-8.
   */
  static String uri(String artifact) {
    try {
      return new URI(artifact).toASCIIString();
    } catch (URISyntaxException notAUri) {
      try {
        return new URI(null, null, artifact, null).toASCIIString();
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a URI or a path: " + artifact, e);
      }
    }
  }

  private static void notificationDescriptors(JsonGenerator g, SarifOptions options) {
    g.writeName("notifications");
    g.writeStartArray();
    for (ReadWarning.Kind kind : ReadWarning.Kind.values()) {
      g.writeStartObject();
      g.writeStringProperty("id", notificationId(kind));
      g.writeStringProperty("name", kind.name());
      text(g, "shortDescription", options.chinese() ? kind.descriptionZh() : kind.descriptionEn());
      g.writeName("defaultConfiguration");
      g.writeStartObject();
      g.writeStringProperty("level", notificationLevel(kind));
      g.writeEndObject();
      g.writeName("properties");
      g.writeStartObject();
      g.writeStringProperty("descriptionZh", kind.descriptionZh());
      g.writeEndObject();
      g.writeEndObject();
    }
    runDescriptor(g, UNREADABLE, "unreadable", "A document or part of a document that could not be read", "error", "无法读取的文件或部分", options);
    runDescriptor(g, NOT_READ, "notRead", "Given but not read: not a regular file", "note", "未读取：不是普通文件", options);
    g.writeEndArray();
  }

  private static void notification(JsonGenerator g, ReadWarning w, Optional<String> artifact, SarifOptions options) {
    FormatLocation l = w.getLocation();
    g.writeStartObject();
    // the reader's detail is English only: in Chinese it stays in the properties
    text(g, "message", options.chinese()
        ? w.getKind().descriptionZh() + "：“" + w.getText() + "”"
        : w.getKind().descriptionEn() + ": \"" + w.getText() + "\" — " + w.getDetail());
    g.writeStringProperty("level", notificationLevel(w.getKind()));
    g.writeName("descriptor");
    g.writeStartObject();
    g.writeStringProperty("id", notificationId(w.getKind()));
    g.writeNumberProperty("index", w.getKind().ordinal());
    g.writeEndObject();
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    if (artifact.isPresent()) {
      physicalLocation(g, artifact.get(), l, options);
    }
    String logical = logicalName(l);
    if (!logical.isEmpty()) {
      g.writeName("logicalLocations");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("fullyQualifiedName", logical);
      g.writeStringProperty("kind", "element");
      g.writeEndObject();
      g.writeEndArray();
    }
    String where = options.chinese() ? describeZh(l) : l.describe();
    if (!where.isEmpty()) {
      text(g, "message", where);
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("kind", w.getKind().name());
    g.writeStringProperty("descriptionZh", w.getKind().descriptionZh());
    g.writeStringProperty("descriptionEn", w.getKind().descriptionEn());
    g.writeStringProperty("text", w.getText());
    g.writeStringProperty("detail", w.getDetail());
    g.writeName("location");
    g.writeStartObject();
    locationFields(g, l);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A SARIF region for a text format's line and column or a byte offset; nothing otherwise. */
  /**
   * A SARIF {@code physicalLocation}: the artifact, and the region (line, column, byte offset) of
   * the location where it has one ({@link FormatLocation#unknown()} for none).
   */
  private static void physicalLocation(JsonGenerator g, String artifact, FormatLocation at, SarifOptions options) {
    g.writeName("physicalLocation");
    g.writeStartObject();
    artifactLocation(g, artifact, options);
    region(g, at);
    g.writeEndObject();
  }

  private static void region(JsonGenerator g, FormatLocation l) {
    boolean line = l.getLine().isPresent() && l.getLine().getAsInt() >= 1;
    boolean offset = l.getByteOffset().isPresent() && l.getByteOffset().getAsLong() >= 0;
    if (!line && !offset) {
      return;
    }
    g.writeName("region");
    g.writeStartObject();
    if (line) {
      g.writeNumberProperty("startLine", l.getLine().getAsInt());
      if (l.getColumn().isPresent() && l.getColumn().getAsInt() >= 1) {
        g.writeNumberProperty("startColumn", l.getColumn().getAsInt());
      }
    }
    if (offset) {
      g.writeNumberProperty("byteOffset", l.getByteOffset().getAsLong());
    }
    g.writeEndObject();
  }

  /**
   * The structural place of a warning, such as {@code table[2]/row[5]/column[3]}, {@code
   * page[1]/paragraph[4]} or a JSON Pointer; empty when the location has none. A column counts
   * here only without a line (with a line it is a text column, given in the region).
   */
  private static String logicalName(FormatLocation l) {
    List<String> parts = new ArrayList<>();
    l.getPage().ifPresent(p -> parts.add("page[" + p + "]"));
    l.getParagraph().ifPresent(p -> parts.add("paragraph[" + p + "]"));
    l.getTable().ifPresent(t -> parts.add("table[" + t + "]"));
    l.getRow().ifPresent(r -> parts.add("row[" + r + "]"));
    if (l.getLine().isEmpty()) {
      l.getColumn().ifPresent(c -> parts.add("column[" + c + "]"));
    }
    String path = String.join("/", parts);
    if (l.getJsonPointer().isPresent()) {
      String pointer = l.getJsonPointer().get();
      path = path.isEmpty() ? (pointer.isEmpty() ? "/" : pointer) : path + " " + pointer;
    }
    return path;
  }

  private static void runDescriptor(JsonGenerator g, String id, String name, String description, String level, String zh,
      SarifOptions options) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("name", name);
    text(g, "shortDescription", options.chinese() ? zh : description);
    g.writeName("defaultConfiguration");
    g.writeStartObject();
    g.writeStringProperty("level", level);
    g.writeEndObject();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("descriptionZh", zh);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void tool(JsonGenerator g, List<Rule> rules, boolean notifications, SarifOptions options) {
    g.writeName("tool");
    g.writeStartObject();
    g.writeName("driver");
    g.writeStartObject();
    g.writeStringProperty("name", "Jixiao");
    g.writeStringProperty("version", ToolInfo.VERSION);
    g.writeStringProperty("informationUri", ToolInfo.INFORMATION_URI);
    g.writeName("rules");
    g.writeStartArray();
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      g.writeStartObject();
      g.writeStringProperty("id", m.getId());
      g.writeStringProperty("name", m.getTitleEn());
      text(g, "shortDescription", m.title(options.getLanguage()));
      text(g, "fullDescription", m.getDescription());
      g.writeName("defaultConfiguration");
      g.writeStartObject();
      g.writeStringProperty("level", level(m.getDefaultSeverity()));
      g.writeEndObject();
      g.writeName("properties");
      g.writeStartObject();
      g.writeStringProperty("titleZh", m.getTitleZh());
      g.writeStringProperty("titleEn", m.getTitleEn());
      g.writeStringProperty("category", m.getCategory().name());
      g.writeStringProperty("source", m.getCitation());
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
    if (notifications) {
      notificationDescriptors(g, options);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Finding f, Optional<String> artifact, Integer ruleIndex, SarifOptions options) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", f.getRuleId());
    if (ruleIndex != null) {
      g.writeNumberProperty("ruleIndex", ruleIndex);
    }
    g.writeStringProperty("level", level(f.getSeverity()));
    text(g, "message", options.chinese() ? f.getMessageZh() : f.getMessageEn());
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    if (artifact.isPresent()) {
      physicalLocation(g, artifact.get(), FormatLocation.unknown(), options);
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
    g.writeStringProperty("messageEn", f.getMessageEn());
    g.writeStringProperty("section", l.getSection().name());
    if (l.getItemIndex().isPresent()) {
      g.writeNumberProperty("itemIndex", l.getItemIndex().getAsInt());
    }
    optional(g, "value", f.getValue());
    optional(g, "expected", f.getExpected());
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * An artifact's location: its URI, and the options' {@code uriBaseId} when the URI is relative
   * and the options have a base.
   */
  private static void artifactLocation(JsonGenerator g, String artifact, SarifOptions options) {
    String uri = uri(artifact);
    g.writeName("artifactLocation");
    g.writeStartObject();
    g.writeStringProperty("uri", uri);
    if (options.getUriBaseId().isPresent() && !URI.create(uri).isAbsolute()) {
      g.writeStringProperty("uriBaseId", options.getUriBaseId().get());
    }
    g.writeEndObject();
  }

  /** What the options' {@code uriBaseId} stands for, in {@code run.originalUriBaseIds}. */
  private static void originalUriBaseIds(JsonGenerator g, SarifOptions options) {
    if (options.getUriBaseId().isEmpty()) {
      return;
    }
    g.writeName("originalUriBaseIds");
    g.writeStartObject();
    g.writeName(options.getUriBaseId().get());
    g.writeStartObject();
    g.writeStringProperty("uri", options.getUriBase().orElseThrow().toASCIIString());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** {@link FormatLocation#describe()} in Chinese, such as "表格 2，行 5，列 3"; empty when it has no field. */
  private static String describeZh(FormatLocation l) {
    List<String> parts = new ArrayList<>();
    l.getSource().ifPresent(s -> parts.add(s));
    l.getEntry().ifPresent(e -> parts.add("部件 " + e));
    l.getPage().ifPresent(p -> parts.add("页 " + p));
    l.getLine().ifPresent(n -> parts.add("行 " + n));
    l.getParagraph().ifPresent(p -> parts.add("段落 " + p));
    if (l.getTable().isPresent()) {
      parts.add("表格 " + l.getTable().getAsInt());
      l.getRow().ifPresent(r -> parts.add("行 " + r));
    }
    l.getColumn().ifPresent(c -> parts.add("列 " + c));
    l.getJsonPointer().ifPresent(p -> parts.add("位置 " + (p.isEmpty() ? "/" : p)));
    return String.join("，", parts);
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
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(PrettyPrinting.PRETTY, out)) {
      body.accept(g);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
    }
  }

}
