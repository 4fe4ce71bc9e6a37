package io.github.jixiao.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the table of benchmarks/run: each measurement, ours, the floor or the alternative measured
 * in the same run, their ratio, the goal and whether it is met.
 */
public final class Summary {
  private final List<JsonNode> results = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();

  private Summary() {}

  /**
   * Reads JMH's JSON results and the scale lines and prints the table.
   *
   * @param args the JMH result files, then the scale file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Summary s = new Summary();
    JsonMapper mapper = JsonMapper.builder().build();
    for (int i = 0; i < args.length - 1; i++) {
      mapper.readTree(Path.of(args[i]).toFile()).forEach(s.results::add);
    }
    s.word();
    s.pdf();
    s.json();
    s.rules();
    s.collidingNames();
    s.targets();
    s.cold();
    s.scale(Files.readAllLines(Path.of(args[args.length - 1])));
    s.print();
  }

  private double score(String benchmark, String param) {
    for (JsonNode r : results) {
      boolean name = r.get("benchmark").asString().endsWith(benchmark);
      boolean params = param == null || r.path("params").toString().contains("\"" + param + "\"");
      if (name && params) {
        return r.get("primaryMetric").get("score").asDouble();
      }
    }
    return Double.NaN;
  }

  private double allocation(String benchmark, String param) {
    for (JsonNode r : results) {
      if (r.get("benchmark").asString().endsWith(benchmark) && (param == null || r.path("params").toString().contains("\"" + param + "\""))) {
        JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (norm.isMissingNode()) {
          norm = r.path("secondaryMetrics").path("·gc.alloc.rate.norm");
        }
        return norm.path("score").asDouble(Double.NaN);
      }
    }
    return Double.NaN;
  }

  private void word() {
    for (String doc : new String[] {"fixture", "one-sheet"}) {
      double ours = score("WordReadBenchmark.jixiao", doc);
      double floor = score("WordReadBenchmark.floor", doc);
      double poi = score("WordReadBenchmark.poi", doc);
      double limit = doc.equals("fixture") ? 1.3 : 1.5;
      row("Word read, " + doc + " (docs/s)", ours, floor, floor / ours, "≤ " + limit + "× floor", floor / ours <= limit);
      row("Word read, " + doc + " vs POI (docs/s)", ours, poi, ours / poi, "≥ 5× POI", ours / poi >= 5);
      double a = allocation("WordReadBenchmark.jixiao", doc);
      double f = allocation("WordReadBenchmark.floor", doc);
      row("Word read, " + doc + " (bytes allocated/doc)", a, f, a / f, "(recorded)", null);
    }
    row("Word write, seed (docs/s)", score("WordWriteBenchmark.jixiao", null), Double.NaN, Double.NaN, "(recorded)", null);
  }

  /** The seed printed to PDF by LibreOffice, per page, against PDFBox's plain text extraction of the same bytes. */
  private void pdf() {
    int pages = PdfReadBenchmark.PAGES;
    double ours = score("PdfReadBenchmark.jixiao", null) * pages;
    double floor = score("PdfReadBenchmark.floor", null) * pages;
    row("PDF read, seed (pages/s)", ours, floor, floor / ours, "(recorded)", null);
    double a = allocation("PdfReadBenchmark.jixiao", null) / pages;
    double f = allocation("PdfReadBenchmark.floor", null) / pages;
    row("PDF read, seed (bytes allocated/page)", a, f, a / f, "(recorded)", null);
  }

  private void json() {
    for (String input : new String[] {"disclosure", "batch-10000"}) {
      double ours = score("JsonBenchmark.read", input);
      double floor = score("JsonBenchmark.floor", input);
      row("JSON read, " + input + " (ops/s)", ours, floor, floor / ours, "≤ 2× floor", floor / ours <= 2);
      double values = score("JsonBenchmark.floorWithValues", input);
      row("JSON read, " + input + " vs tokens + values (ops/s)", ours, values, values / ours, "(reference)", null);
      row("JSON write, " + input + " (ops/s)", score("JsonBenchmark.write", input), floor, floor / score("JsonBenchmark.write", input), "(recorded)", null);
    }
  }

  private void rules() {
    double generated = score("RulesBenchmark.generatedSheets", null);
    double seed = score("RulesBenchmark.seedSheets", null);
    row("Rules, generated sheets (sheets/s/core)", generated, 200_000, generated / 200_000, "≥ 200 000", generated >= 200_000);
    row("Rules, seed sheets with findings (sheets/s/core)", seed, 200_000, seed / 200_000, "≥ 200 000", seed >= 200_000);
  }

  /** 10× the rows with names of one hash code, JMH's scores: recorded beside the interleaved ratio. */
  private void collidingNames() {
    for (String benchmark : new String[] {"duplicateIndicators", "catalogue"}) {
      for (String names : new String[] {"colliding", "distinct"}) {
        double small = collidingScore(benchmark, names, "16000");
        double large = collidingScore(benchmark, names, "160000");
        row("Rules, " + checkName(benchmark) + ", " + names + " names, 160 000 vs 16 000 rows, JMH (ms)", large, small,
            large / small, "(recorded)", null);
      }
    }
  }

  private static String checkName(String benchmark) {
    return benchmark.equals("catalogue") ? "catalogue" : "JX-FORM-003";
  }

  private double collidingScore(String benchmark, String names, String rows) {
    for (JsonNode r : results) {
      JsonNode params = r.path("params");
      if (r.get("benchmark").asString().endsWith("CollidingNamesBenchmark." + benchmark)
          && params.path("names").asString("").equals(names) && params.path("rows").asString("").equals(rows)) {
        return r.get("primaryMetric").get("score").asDouble();
      }
    }
    return Double.NaN;
  }

  private void targets() {
    double seed = score("TargetValueBenchmark.seedValues", null);
    double generated = score("TargetValueBenchmark.generatedValues", null);
    row("Target values, seed (values/s/core)", seed, 3_000_000, seed / 3_000_000, "≥ 3 000 000", seed >= 3_000_000);
    row("Target values, generated (values/s/core)", generated, 3_000_000, generated / 3_000_000, "≥ 3 000 000", generated >= 3_000_000);
  }

  private void cold() {
    double ours = score("ColdStartBenchmark.jixiao", null);
    double poi = score("ColdStartBenchmark.poi", null);
    row("Cold start, first Word read (ms)", ours, poi, poi / ours, "(recorded; ratio = POI / ours)", null);
  }

  private void scale(List<String> lines) {
    double firstPerItem = Double.NaN;
    long firstPeak = -1;
    for (String line : lines) {
      String[] p = line.split(" ");
      if (p.length == 6 && p[0].equals("wordratio")) {
        double limit = p[1].equals("fixture") ? 1.3 : 1.5;
        double median = Double.parseDouble(p[2]);
        row("Word read, " + p[1] + ", interleaved with the floor (ms/doc, median ratio of 40 rounds)", Double.parseDouble(p[4]),
            Double.parseDouble(p[5]), median, "≤ " + limit + "× floor", median <= limit);
        continue;
      }
      if (p.length == 6 && p[0].equals("excel")) {
        excel(p[1], p[2], Double.parseDouble(p[3]), Long.parseLong(p[5]));
        continue;
      }
      if (p.length == 6 && p[0].equals("collidingratio")) {
        // n·log n for 10× the rows: 10 · ln 160 000 / ln 16 000 = 12.4×; quadratic would be 100×.
        double limit = 10 * Math.log(160_000) / Math.log(16_000);
        double median = Double.parseDouble(p[3]);
        boolean goal = p[2].equals("colliding");
        row("Rules, " + checkName(p[1]) + ", " + p[2] + " names, 160 000 vs 16 000 rows, interleaved (ms, median ratio)",
            Double.parseDouble(p[5]), Double.parseDouble(p[4]), median,
            goal ? String.format(Locale.ROOT, "≤ %.1f× (n·log n)", limit) : "(reference)", goal ? (Boolean) (median <= limit) : null);
        continue;
      }
      if (p.length == 6 && p[0].equals("generation")) {
        generation(p[1], Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        continue;
      }
      if (p.length != 4 || !p[0].equals("scale")) {
        continue;
      }
      int items = Integer.parseInt(p[1]);
      double millis = Double.parseDouble(p[2]);
      long peak = Long.parseLong(p[3]);
      double perItem = millis * 1000 / items;
      if (Double.isNaN(firstPerItem)) {
        firstPerItem = perItem;
        firstPeak = peak;
      }
      row("Scale " + items + " items: µs/item (ratio to 1 000)", perItem, firstPerItem, perItem / firstPerItem, "linear (≤ 1.5)", perItem / firstPerItem <= 1.5);
      row("Scale " + items + " items: peak heap MB (-Xmx64m)", peak, firstPeak, (double) peak / Math.max(1, firstPeak), "flat (≤ 2)", peak <= 2 * Math.max(1, firstPeak));
    }
  }

  private final java.util.Map<String, double[]> excelOurs = new java.util.HashMap<>();

  /**
   * A line of ExcelReadHarness ({@code excel <document> <contender> <ms/doc> <ratio> <bytes/doc>},
   * ours first): the floor and XSSFWorkbook against their goals, the rest recorded.
   */
  private void excel(String doc, String contender, double millis, long bytes) {
    if (contender.equals("ours")) {
      excelOurs.put(doc, new double[] {millis, bytes});
      return;
    }
    double[] ours = excelOurs.get(doc);
    if (ours == null) {
      return;
    }
    String name = "Excel read, " + doc;
    switch (contender) {
      case "floor" -> {
        row(name + ", interleaved with the floor (ms/doc)", ours[0], millis, ours[0] / millis, "≤ 1.5× floor",
            ours[0] / millis <= 1.5);
        row(name + " (bytes allocated/doc)", ours[1], bytes, ours[1] / bytes, "(recorded)", null);
      }
      case "xssf-workbook" -> row(name + " vs XSSFWorkbook (ms/doc; ratio = POI / ours)", ours[0], millis,
          millis / ours[0], "≥ 5× faster", millis / ours[0] >= 5);
      case "ours-layout-only" -> row(name + ", without the form reader (ms/doc; ratio = share)", millis, ours[0],
          millis / ours[0], "(recorded)", null);
      default -> row(name + " vs " + contender + " (ms/doc; ratio = other / ours)", ours[0], millis, millis / ours[0],
          "(recorded)", null);
    }
  }

  /** A generated value, median ms per value; goals: a sheet under 1 ms, a disclosure under 10 ms. */
  private void generation(String what, double median, double p90) {
    double goal = what.startsWith("item") ? 1 : 10;
    String name = what.startsWith("item") ? "a sheet" : "a disclosure";
    String how = what.endsWith("-in-property") ? ", a try of a 1 000-try property" : ", fresh generator";
    row("Generation, " + name + how + " (median ms; p90 beside)", median, p90, median / goal, "median < " + (int) goal + " ms",
        median < goal);
  }

  private void row(String name, double ours, double other, double ratio, String goal, Boolean met) {
    rows.add(new String[] {name, number(ours), number(other), Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio),
        goal, met == null ? "" : met ? "met" : "NOT MET"});
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }

  private void print() {
    String format = "| %-52s | %14s | %14s | %7s | %-30s | %-7s |%n";
    System.out.printf(format, "measurement", "ours", "floor / other", "ratio", "goal", "");
    System.out.printf(format, "-".repeat(52), "-".repeat(14), "-".repeat(14), "-".repeat(7), "-".repeat(30), "-".repeat(7));
    for (String[] r : rows) {
      System.out.printf(format, (Object[]) r);
    }
  }
}
