package io.github.jixiao.testkit.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The layout zoo itself (not the reader): valid models, sound grids, reachable families, honest texts. */
class ZooProperties {
  private static final Pattern TOKEN = Pattern.compile("([a-z]+)=([^\\s()]+)");
  private static final List<String> VOCABULARY = loadVocabulary();

  @Provide
  Arbitrary<ZooCase> cases() {
    return LayoutZoo.cases();
  }

  // ---------------------------------------------------------------- the expected documents

  @Property
  void expectedDocumentsAreValid(@ForAll("cases") ZooCase c) {
    Disclosure d = c.expected();
    assertThat(d.getItems()).as(c.family()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    if (d.getTitle().isPresent()) {
      assertThat(d.getTitle().get()).isEqualTo(d.getUnit().orElseThrow() + d.getYear().getAsInt() + "年度项目支出绩效目标");
      assertThat(d.getUnit().get()).matches(".*(局|办公室|委员会|中心)");
    } else {
      assertThat(d.getUnit()).isEmpty();
      assertThat(d.getYear()).isEmpty();
    }
    if (d.getItems().size() > 1) {
      assertThat(d.getTitle()).isPresent();
      assertThat(d.getListEntries()).isNotEmpty();
    }
    if (!d.getListEntries().isEmpty()) {
      assertThat(d.getListTitle()).isPresent();
      assertThat(d.getListEntries()).hasSameSizeAs(d.getItems());
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < d.getItems().size(); i++) {
        DisclosureListEntry e = d.getListEntries().get(i);
        BudgetItem item = d.getItems().get(i);
        assertThat(e.getSequence()).isEqualTo(i + 1);
        assertThat(e.getName()).isEqualTo(item.getName());
        BigDecimal total = item.getAnnualFunding().orElseThrow().getTotal();
        assertThat(e.getAmount().subtract(total).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        sum = sum.add(e.getAmount());
      }
      if (d.getListTotal().isPresent()) {
        assertThat(d.getListTotal().get()).isEqualByComparingTo(sum);
      }
    } else {
      assertThat(d.getListTitle()).isEmpty();
      assertThat(d.getListTotal()).isEmpty();
      assertThat(d.getClassifiedNote()).isEmpty();
    }
    assertThat(d.getItems().stream().map(BudgetItem::getName).distinct().count()).isEqualTo(d.getItems().size());
    for (BudgetItem item : d.getItems()) {
      assertAddsUp(item.getAnnualFunding().orElseThrow());
      item.getMediumTermFunding().ifPresent(ZooProperties::assertAddsUp);
      assertThat(item.getAnnualGoals()).isPresent();
      assertThat(item.getAnnualIndicators().getRows()).isNotEmpty();
      for (IndicatorTable table : tables(item)) {
        for (Indicator row : table.getRows()) {
          assertThat(row.getLevel1().getStandard()).as(row.getLevel1().getLabel()).isPresent();
          assertThat(row.getLevel2().getStandard()).as(row.getLevel2().getLabel()).isPresent();
        }
      }
      if (item.getContact().isPresent() || item.getSealUnit().isPresent()) {
        assertThat(item.getResponsiblePerson().isPresent() || item.getContact().isPresent()).isTrue();
      }
      assertThat(item.getYear().isEmpty() || item.getYear().getAsInt() >= 1949).isTrue();
    }
  }

  @Property
  void expectedDocumentsGetNoFinding(@ForAll("cases") ZooCase c) {
    List<Finding> findings = RuleSet.catalogue().evaluate(c.expected(), Policy.defaults()).getFindings();
    assertThat(findings)
        .as("%s\n%s", c.family(), findings.stream().map(f -> f.getRuleId() + " " + f.getMessageZh()).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static void assertAddsUp(FundingSplit split) {
    assertThat(split.getTotal()).isEqualByComparingTo(split.sourcesSum());
    assertThat(split.getTotal().signum()).isGreaterThanOrEqualTo(0);
    for (FundingSource s : split.getSources()) {
      assertThat(s.getAmount().signum()).isGreaterThanOrEqualTo(0);
    }
  }

  private static List<IndicatorTable> tables(BudgetItem item) {
    List<IndicatorTable> tables = new ArrayList<>();
    tables.add(item.getAnnualIndicators());
    item.getMediumTermIndicators().ifPresent(tables::add);
    return tables;
  }

  // ---------------------------------------------------------------- the grids

  @Property
  void tablesAreSoundGrids(@ForAll("cases") ZooCase c) {
    assertSoundLayout(c);
  }

  static void assertSoundLayout(ZooCase c) {
    int paragraphs = 0;
    int tables = 0;
    for (LayoutBlock block : c.blocks()) {
      if (block instanceof LayoutParagraph p) {
        assertThat(p.location().getParagraph()).hasValue(paragraphs++);
        assertThat(p.text()).isEqualTo(p.text().strip()).isNotEmpty();
      } else if (block instanceof LayoutTable t) {
        assertThat(t.location().getTable()).hasValue(tables++);
        assertThat(t.cells()).as("table %s", t.location().getTable()).isNotEmpty();
        assertThat(t.cells())
            .isSortedAccordingTo(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
        String[][] owner = new String[t.rowCount()][t.columnCount()];
        for (LayoutCell cell : t.cells()) {
          for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
            for (int col = cell.column(); col < cell.column() + cell.columnSpan(); col++) {
              assertThat(owner[r][col])
                  .as("%s: (%d,%d) covered by \"%s\" and \"%s\"\n%s", c.family(), r, col, owner[r][col], cell.text(),
                      c.layoutText())
                  .isNull();
              owner[r][col] = cell.text();
            }
          }
        }
        for (int r = 0; r < owner.length; r++) {
          boolean covered = false;
          for (String s : owner[r]) {
            covered |= s != null;
          }
          assertThat(covered).as("row %d of table %s is empty\n%s", r, t.location().getTable(), c.layoutText()).isTrue();
        }
        assertThat(t.headerRows()).isLessThanOrEqualTo(t.rowCount());
      }
    }
  }

  // ---------------------------------------------------------------- the families

  @Property
  void everyFamilyIsReachable(@ForAll("cases") ZooCase c) {
    Matcher m = TOKEN.matcher(c.family());
    Set<String> seen = new LinkedHashSet<>();
    while (m.find()) {
      String key = m.group(1);
      if (LayoutZoo.DIMENSIONS.containsKey(key) && seen.add(key + "=" + m.group(2))) {
        assertThat(LayoutZoo.DIMENSIONS.get(key)).as(c.family()).contains(m.group(2));
        Statistics.label(key).collect(m.group(2));
      }
    }
    for (Map.Entry<String, List<String>> d : LayoutZoo.DIMENSIONS.entrySet()) {
      Statistics.label(d.getKey()).coverage(checker -> {
        for (String value : d.getValue()) {
          checker.check(value).count(n -> n > 0);
        }
      });
    }
  }

  @Example
  void manyStructurallyDifferentFamilies() {
    Set<String> families = new LinkedHashSet<>();
    Set<String> sheetShapes = new LinkedHashSet<>();
    LayoutZoo.cases().sampleStream().limit(400).forEach(c -> {
      families.add(c.family().replaceAll("\\s*\\+noise", ""));
      Matcher m = Pattern.compile("fields=(\\S+) funding=(\\S+) goals=(\\S+) placement=(\\S+) annual=(\\S+)").matcher(c.family());
      while (m.find()) {
        sheetShapes.add(m.group());
      }
    });
    assertThat(sheetShapes.size()).isGreaterThanOrEqualTo(12);
    assertThat(families.size()).isGreaterThanOrEqualTo(100);
  }

  // ---------------------------------------------------------------- the texts

  @Property
  void expectedTextsAppearInTheLayout(@ForAll("cases") ZooCase c) {
    List<String> layout = layoutTexts(c.blocks());
    for (String text : expectedTexts(c.expected())) {
      assertThat(layout.stream().anyMatch(s -> s.contains(text)))
          .as("\"%s\" of the expected document is in no cell or paragraph\n%s", text, c)
          .isTrue();
    }
  }

  @Property
  void contentHoldsNoVocabularyLabel(@ForAll("cases") ZooCase c) {
    for (String text : contentTexts(c.expected())) {
      assertThat(text).isEqualTo(text.strip());
      String key = compact(text);
      for (String label : VOCABULARY) {
        assertThat(key).as("content \"%s\" holds the label \"%s\"", text, label).doesNotContain(label);
      }
    }
  }

  @Property
  void onlyGoalsSpanLines(@ForAll("cases") ZooCase c) {
    Set<String> goals = new LinkedHashSet<>();
    for (BudgetItem item : c.expected().getItems()) {
      item.getAnnualGoals().ifPresent(g -> goals.add(g.getText()));
      item.getMediumTermGoals().ifPresent(g -> goals.add(g.getText()));
    }
    for (String text : contentTexts(c.expected())) {
      if (text.contains("\n")) {
        assertThat(goals).contains(text);
      }
    }
  }

  @Example
  void zooLabelsAreVocabulary() {
    Set<String> vocabulary = new LinkedHashSet<>(VOCABULARY);
    for (List<String> variants : LayoutZoo.ALL_LABELS) {
      for (String label : variants) {
        String key = compact(label);
        String bare = key.replaceFirst("\\([^()]*\\)$", "");
        assertThat(vocabulary.contains(key) || vocabulary.contains(bare)).as(label).isTrue();
      }
    }
    assertThat(vocabulary).isNotEmpty();
  }

  // ---------------------------------------------------------------- noise

  @Property
  void noiseAddsOnlyNoise(@ForAll("cases") ZooCase c, @ForAll long seed) {
    NoisyCase noisy = LayoutZoo.withNoise(c, new Random(seed));
    ZooCase n = noisy.zooCase();
    assertThat(n.expected()).isEqualTo(c.expected());
    assertThat(noisy.noiseTexts()).isNotEmpty();
    assertSoundLayout(n);
    for (String text : noisy.noiseTexts()) {
      assertThat(text).doesNotContainPattern("[0-9０-９]");
      for (String label : VOCABULARY) {
        assertThat(compact(text)).as("noise \"%s\" holds the label \"%s\"", text, label).doesNotContain(label);
      }
    }
    Map<String, Integer> difference = multiset(layoutTexts(n.blocks()));
    for (String text : layoutTexts(c.blocks())) {
      difference.merge(text, -1, Integer::sum);
    }
    for (String text : noisy.noiseTexts()) {
      difference.merge(text, -1, Integer::sum);
    }
    difference.values().removeIf(v -> v == 0);
    assertThat(difference).as("the noisy layout is the layout plus the noise\n%s", n).isEmpty();
    // noise rows sit below the 项目名称 row of a sheet table
    Set<String> noise = new LinkedHashSet<>(noisy.noiseTexts());
    for (LayoutBlock block : n.blocks()) {
      if (block instanceof LayoutTable t) {
        int nameRow = t.cells().stream()
            .filter(cell -> cell.column() == 0 && compact(cell.text()).startsWith("项目名称"))
            .mapToInt(LayoutCell::row).findFirst().orElse(Integer.MAX_VALUE);
        for (LayoutCell cell : t.cells()) {
          if (noise.contains(cell.text())) {
            assertThat(cell.row()).as("noise row in table %s\n%s", t.location().getTable(), n).isGreaterThan(nameRow);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Integer> multiset(List<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : texts) {
      counts.merge(t, 1, Integer::sum);
    }
    return counts;
  }

  static List<String> layoutTexts(List<LayoutBlock> blocks) {
    List<String> texts = new ArrayList<>();
    for (LayoutBlock block : blocks) {
      if (block instanceof LayoutParagraph p) {
        texts.add(p.text());
      } else if (block instanceof LayoutTable t) {
        for (LayoutCell cell : t.cells()) {
          texts.add(cell.text());
        }
      }
    }
    return texts;
  }

  /** Every text and amount the expected document holds, as the layout writes it. */
  static Set<String> expectedTexts(Disclosure d) {
    Set<String> texts = new LinkedHashSet<>();
    d.getTitle().ifPresent(texts::add);
    d.getUnit().ifPresent(texts::add);
    d.getYear().ifPresent(y -> texts.add(String.valueOf(y)));
    d.getListTitle().ifPresent(texts::add);
    d.getClassifiedNote().ifPresent(texts::add);
    d.getListTotal().ifPresent(t -> texts.add(t.toPlainString()));
    for (DisclosureListEntry e : d.getListEntries()) {
      texts.add(String.valueOf(e.getSequence()));
      texts.add(e.getName());
      texts.add(e.getAmount().toPlainString());
      addLabelled(texts, e.getExtras());
    }
    for (BudgetItem item : d.getItems()) {
      texts.addAll(contentTexts(item));
      item.getAttribute().ifPresent(texts::add);
      item.getYear().ifPresent(y -> texts.add(String.valueOf(y)));
      item.getAnnualFunding().ifPresent(f -> addFunding(texts, f));
      item.getMediumTermFunding().ifPresent(f -> addFunding(texts, f));
      for (IndicatorTable table : tables(item)) {
        for (Indicator row : table.getRows()) {
          texts.add(row.getLevel1().getLabel());
          texts.add(row.getLevel2().getLabel());
          row.getWeight().ifPresent(w -> texts.add(w.toPlainString()));
        }
      }
      addLabelled(texts, item.getExtras());
    }
    texts.remove("");
    return texts;
  }

  private static void addLabelled(Set<String> texts, List<LabelledText> labelled) {
    for (LabelledText t : labelled) {
      texts.add(t.getLabel());
      texts.add(t.getText());
    }
  }

  private static void addFunding(Set<String> texts, FundingSplit f) {
    texts.add(f.getUnit().fromWanYuan(f.getTotal()).toPlainString());
    for (FundingSource s : f.getSources()) {
      texts.add(s.getLabel());
      texts.add(f.getUnit().fromWanYuan(s.getAmount()).toPlainString());
    }
  }

  /** The content texts of a document: what the zoo writes as values, not as labels. */
  static List<String> contentTexts(Disclosure d) {
    List<String> texts = new ArrayList<>();
    for (DisclosureListEntry e : d.getListEntries()) {
      texts.add(e.getName());
      e.getExtras().forEach(x -> texts.add(x.getText()));
    }
    for (BudgetItem item : d.getItems()) {
      texts.addAll(contentTexts(item));
      item.getExtras().forEach(x -> texts.add(x.getText()));
    }
    return texts;
  }

  private static List<String> contentTexts(BudgetItem item) {
    List<String> texts = new ArrayList<>();
    texts.add(item.getName());
    item.getCode().ifPresent(texts::add);
    item.getCategory().ifPresent(texts::add);
    item.getDepartment().ifPresent(dep -> {
      texts.add(dep.getName());
      dep.getCode().ifPresent(texts::add);
      dep.getWritten().ifPresent(texts::add);
    });
    item.getImplementingUnit().ifPresent(texts::add);
    item.getSource().ifPresent(texts::add);
    item.getPeriod().ifPresent(p -> texts.add(p.getText()));
    item.getResponsiblePerson().ifPresent(texts::add);
    item.getContact().ifPresent(texts::add);
    item.getSealUnit().ifPresent(texts::add);
    item.getStart().ifPresent(texts::add);
    item.getEnd().ifPresent(texts::add);
    item.getAnnualGoals().ifPresent(g -> texts.add(g.getText()));
    item.getMediumTermGoals().ifPresent(g -> texts.add(g.getText()));
    for (IndicatorTable table : tables(item)) {
      for (Indicator row : table.getRows()) {
        texts.add(row.getName());
        texts.add(row.getTarget().getRaw());
        row.getUnit().ifPresent(texts::add);
        row.getComparatorText().ifPresent(texts::add);
        row.getBasis().ifPresent(texts::add);
        row.getScoring().ifPresent(texts::add);
        row.getRemark().ifPresent(texts::add);
      }
    }
    return texts;
  }

  /** Whitespace removed and full-width forms made half-width, as the reader compares labels. */
  static String compact(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** The label variants of the reader's vocabulary, compacted. */
  static List<String> loadVocabulary() {
    String resource = "/io/github/jixiao/layout/vocabulary.txt";
    List<String> lines;
    try (InputStream in = ZooProperties.class.getResourceAsStream(resource)) {
      if (in != null) {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
      } else {
        Path file = Path.of("..", "layout", "src", "main", "resources").resolve(resource.substring(1));
        if (!Files.exists(file)) {
          file = Path.of("layout", "src", "main", "resources").resolve(resource.substring(1));
        }
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> variants = new LinkedHashSet<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
        continue;
      }
      for (String v : l.substring(l.indexOf('=') + 1).split("\\|")) {
        if (!v.isBlank()) {
          variants.add(compact(v.strip()));
        }
      }
    }
    return List.copyOf(variants);
  }
}
