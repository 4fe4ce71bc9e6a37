package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's less travelled paths, each of which a mutation of the code once survived: framework
 * detection per sheet and from medium-term tables, failing disclosure rules, ordering of rules,
 * findings and locations, and the small value types' equality.
 */
class RuleEngineEdgesTest {
  private static Indicator row(String l1, String l2, String name, String target) {
    return Indicator.builder().level1(l1).level2(l2).name(name).target(target).build();
  }

  /** An item rule that remembers the framework each sheet was checked under. */
  private static final class FrameworkRecorder implements ItemRule {
    final Map<String, IndicatorFramework> seen = new ConcurrentHashMap<>();

    @Override
    public RuleMetadata metadata() {
      return TestRules.metadata("TEST-FRAMEWORK-1");
    }

    @Override
    public void check(ItemCheck check) {
      seen.put(check.item().getName(), check.framework());
    }
  }

  /** A 2021 sheet: its 成本指标 is a level-1 category, which only the 2021 framework has. */
  private static BudgetItem v2021(String name) {
    return BudgetItem.builder().from(TestRules.cleanItem(name))
        .annualIndicators(IndicatorTable.of(List.of(
            row("成本指标", "经济成本指标", "项目总成本", "≤18万元"),
            row("产出指标", "数量指标", "督查次数", "≥60次"),
            row("效益指标", "社会效益指标", "督促整改", "成效明显"),
            row("满意度指标", "服务对象满意度指标", "满意度", "≥95%"))))
        .build();
  }

  @Test
  void eachSheetIsCheckedUnderTheFrameworkItsOwnTablesShow() {
    FrameworkRecorder recorder = new FrameworkRecorder();
    Disclosure both = Disclosure.builder().addItem(TestRules.cleanItem("甲")).addItem(v2021("乙")).build();
    RuleSet.builder().add(recorder).build().evaluate(both, Policy.defaults());
    assertThat(recorder.seen).containsEntry("甲", IndicatorFramework.PRE_2021).containsEntry("乙", IndicatorFramework.V2021);
  }

  @Test
  void theMediumTermTableCountsWhenTheFrameworkIsDetected() {
    // Annual categories both frameworks have; only the medium-term 产出指标/成本指标 is pre-2021's.
    BudgetItem item = BudgetItem.builder().from(TestRules.cleanItem("丙"))
        .annualIndicators(IndicatorTable.of(List.of(
            row("产出指标", "数量指标", "督查次数", "≥60次"),
            row("满意度指标", "服务对象满意度指标", "满意度", "≥95%"))))
        .mediumTermIndicators(IndicatorTable.of(List.of(row("产出指标", "成本指标", "预算控制率", "≤100%"))))
        .build();
    FrameworkRecorder recorder = new FrameworkRecorder();
    RuleSet.builder().add(recorder).build().evaluate(Disclosure.builder().addItem(item).build(), Policy.defaults());
    assertThat(Policy.defaults().getFallbackFramework()).as("the fallback differs from what is detected")
        .isEqualTo(IndicatorFramework.V2021);
    assertThat(recorder.seen).containsEntry("丙", IndicatorFramework.PRE_2021);
  }

  @Test
  void aSheetWhoseTablesSayNothingTakesTheDocumentsFramework() {
    // 丙's categories are in both frameworks; 甲's 产出指标/成本指标 makes the document pre-2021, which
    // differs from the fallback.
    BudgetItem undecided = BudgetItem.builder().from(TestRules.cleanItem("丙"))
        .annualIndicators(IndicatorTable.of(List.of(
            row("产出指标", "数量指标", "督查次数", "≥60次"),
            row("满意度指标", "服务对象满意度指标", "满意度", "≥95%"))))
        .build();
    FrameworkRecorder recorder = new FrameworkRecorder();
    RuleSet.builder().add(recorder).build()
        .evaluate(Disclosure.builder().addItem(TestRules.cleanItem("甲")).addItem(undecided).build(), Policy.defaults());
    assertThat(recorder.seen).containsEntry("丙", IndicatorFramework.PRE_2021);
    RuleSet.builder().add(recorder).build().evaluate(Disclosure.builder().addItem(undecided).build(), Policy.defaults());
    assertThat(recorder.seen).as("alone, it takes the fallback").containsEntry("丙", IndicatorFramework.V2021);
  }

  /** Two packs giving one id, listed for ServiceLoader in the opposite order of their ids. */
  public static final class PackB implements RuleProvider {
    /** For ServiceLoader. */
    public PackB() {}

    @Override
    public String id() {
      return "pack-b";
    }

    @Override
    public List<Rule> rules() {
      return List.of(TestRules.nameContains("TEST-CLASH-1", "x"));
    }
  }

  /** The other pack of the clash. */
  public static final class PackA implements RuleProvider {
    /** For ServiceLoader. */
    public PackA() {}

    @Override
    public String id() {
      return "pack-a";
    }

    @Override
    public List<Rule> rules() {
      return List.of(TestRules.nameContains("TEST-CLASH-1", "y"));
    }
  }

  /** Two packs with one id: then their class names order them. */
  public static final class SameIdZ implements RuleProvider {
    /** For ServiceLoader. */
    public SameIdZ() {}

    @Override
    public String id() {
      return "same";
    }

    @Override
    public List<Rule> rules() {
      return List.of(TestRules.nameContains("TEST-CLASH-2", "z"));
    }
  }

  /** The other pack named "same". */
  public static final class SameIdA implements RuleProvider {
    /** For ServiceLoader. */
    public SameIdA() {}

    @Override
    public String id() {
      return "same";
    }

    @Override
    public List<Rule> rules() {
      return List.of(TestRules.nameContains("TEST-CLASH-2", "a"));
    }
  }

  @Test
  void packsOfOneIdAreAddedInClassNameOrder(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(RuleProvider.class.getName()), SameIdZ.class.getName() + "\n" + SameIdA.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> RuleSet.builder().addProviders(loader).build())
          .isInstanceOf(DuplicateRuleException.class)
          .hasMessageMatching("(?s).*SameIdA.*SameIdZ.*");
    }
  }

  @Test
  void packsAreAddedInIdOrderWhateverTheOrderServiceLoaderFindsThem(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(RuleProvider.class.getName()), PackB.class.getName() + "\n" + PackA.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> RuleSet.builder().addProviders(loader).build())
          .isInstanceOf(DuplicateRuleException.class)
          .hasMessageMatching("(?s).*pack-a.*pack-b.*");
    }
  }

  @Test
  void aFailingDisclosureRuleIsAnErrorFindingOnTheDocument() {
    DisclosureRule failing = new DisclosureRule() {
      @Override
      public RuleMetadata metadata() {
        return TestRules.metadata("TEST-FAIL-1");
      }

      @Override
      public void check(DisclosureCheck check) {
        throw new IllegalStateException("list broken");
      }
    };
    Report report = RuleSet.builder().add(failing).build()
        .evaluate(Disclosure.builder().addItem(TestRules.cleanItem("甲")).build(), Policy.defaults());
    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("TEST-FAIL-1");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getLocation().getSection()).isEqualTo(Section.DOCUMENT);
      assertThat(f.getMessageEn()).contains("list broken");
    });
  }

  @Test
  void aDisclosureRuleReadsThePolicyAndReports() {
    DisclosureRule reporting = new DisclosureRule() {
      @Override
      public RuleMetadata metadata() {
        return TestRules.metadata("TEST-DOC-1");
      }

      @Override
      public void check(DisclosureCheck check) {
        check.report(check.atItem(0, "name"), Message.of("最低" + check.policy().getSatisfactionMinimum(), "minimum"));
      }
    };
    Policy policy = Policy.builder().satisfactionMinimum(new BigDecimal("70")).build();
    Report report = RuleSet.builder().add(reporting).build()
        .evaluate(Disclosure.builder().addItem(TestRules.cleanItem("甲")).build(), policy);
    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getMessageZh()).isEqualTo("最低70");
      assertThat(f.getLocation().getItemIndex()).hasValue(0);
    });
  }

  @Test
  void aDisclosureRuleIsFoundByIdToo() {
    DisclosureRule quiet = new DisclosureRule() {
      @Override
      public RuleMetadata metadata() {
        return TestRules.metadata("TEST-DOC-2");
      }

      @Override
      public void check(DisclosureCheck check) {}
    };
    RuleSet set = RuleSet.builder().add(quiet, TestRules.nameContains("TEST-ITEM-2", "x")).build();
    assertThat(set.rule("TEST-DOC-2")).containsSame(quiet);
    assertThat(set.rule("TEST-ITEM-2")).isPresent();
  }

  @Test
  void findingsOnTheDocumentAreHeadedInTheReportsLanguage() {
    Finding onDocument = finding("TEST-A-1", Location.builder().section(Section.DOCUMENT).path("").build());
    Report report = Report.of(List.of(onDocument));
    assertThat(report.toText("zh")).startsWith("（文件）\n");
    assertThat(report.toText("en")).startsWith("(document)\n");
  }

  @Test
  void rulesAreKeptInIdOrderAndFoundById() {
    ItemRule b = TestRules.nameContains("TEST-B-1", "x");
    ItemRule a = TestRules.nameContains("TEST-A-1", "x");
    RuleSet set = RuleSet.builder().addAll(List.of(b, a)).build();
    assertThat(set.rules()).containsExactly(a, b);
    assertThat(set.rule("TEST-B-1")).containsSame(b);
    assertThat(set.rule("TEST-C-1")).isEmpty();
    assertThat(set.rule(null)).as("no rule has no id").isEmpty();
  }

  @Test
  void aReportListsFindingsInDocumentOrderAndEachSheetHeadingOnce() {
    Finding late = finding("TEST-A-1", Location.builder().itemIndex(1).itemName("乙").section(Section.ITEM).path("name").build());
    Finding early = finding("TEST-A-1", Location.builder().itemIndex(0).itemName("甲").section(Section.ITEM).path("name").build());
    Finding earlyToo = finding("TEST-B-1", Location.builder().itemIndex(0).itemName("甲").section(Section.ITEM).path("period").build());
    Report report = Report.of(new ArrayList<>(List.of(late, earlyToo, early)));
    assertThat(report.getFindings()).containsExactly(early, earlyToo, late);
    String text = report.toText("en");
    assertThat(text).startsWith("甲");
    assertThat(text.split("\n")).filteredOn(line -> line.startsWith("甲")).hasSize(1);
    assertThat(text.split("\n")).filteredOn(line -> line.startsWith("乙")).hasSize(1);
    assertThat(report).isEqualTo(Report.of(List.of(early, earlyToo, late))).isNotEqualTo(Report.of(List.of(early)));
    assertThat(report.hashCode()).isEqualTo(Report.of(List.of(late, early, earlyToo)).hashCode());
    assertThat(report.toString()).contains("TEST-A-1");
  }

  @Test
  void locationsSortBySheetThenRowBeforeTheirPath() {
    Location sheet1 = Location.builder().itemIndex(1).section(Section.ITEM).path("a").build();
    Location sheet0 = Location.builder().itemIndex(0).section(Section.ITEM).path("b").build();
    assertThat(Location.DOCUMENT_ORDER.compare(sheet0, sheet1)).isNegative();
    Location row1 = Location.builder().itemIndex(0).section(Section.ANNUAL_INDICATORS).row(1).path("a").build();
    Location row0 = Location.builder().itemIndex(0).section(Section.ANNUAL_INDICATORS).row(0).path("b").build();
    assertThat(Location.DOCUMENT_ORDER.compare(row0, row1)).isNegative();
  }

  @Test
  void metadataRefusesABadIdAndGivesTitlesByLanguage() {
    assertThatThrownBy(() -> RuleMetadata.builder().from(TestRules.metadata("TEST-A-1")).id("lower-case").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("lower-case");
    RuleMetadata m = TestRules.metadata("TEST-A-1");
    assertThat(m.title("zh")).isEqualTo(m.getTitleZh());
    assertThat(m.title("en")).isEqualTo(m.getTitleEn()).isNotEqualTo(m.getTitleZh());
    assertThat(RuleCategory.COMPLETENESS.chineseLabel()).isEqualTo("完整性");
  }

  @Test
  void messagesAreEqualByBothTexts() {
    Message m = Message.of("中", "en");
    assertThat(m).isEqualTo(Message.of("中", "en")).isNotEqualTo(Message.of("中", "other")).isNotEqualTo(Message.of("甲", "en"));
    assertThat(m.hashCode()).isEqualTo(Message.of("中", "en").hashCode());
    assertThat(m.toString()).isEqualTo("en");
  }

  @Test
  void policyThresholdsAtTheEndsOfTheirRanges() {
    assertThat(Policy.builder().satisfactionMinimum(BigDecimal.ZERO).build().getSatisfactionMinimum()).isZero();
    assertThat(Policy.builder().satisfactionMinimum(new BigDecimal("100")).build().getSatisfactionMinimum())
        .isEqualByComparingTo("100");
    assertThatThrownBy(() -> Policy.builder().satisfactionMinimum(new BigDecimal("-0.01")).build()).isInstanceOf(PolicyException.class);
    assertThatThrownBy(() -> Policy.builder().satisfactionMinimum(new BigDecimal("100.01")).build()).isInstanceOf(PolicyException.class);
    assertThat(Policy.builder().fundingTolerance(BigDecimal.ZERO).build().getFundingTolerance()).isZero();
    assertThatThrownBy(() -> Policy.builder().fundingTolerance(new BigDecimal("-0.01")).build()).isInstanceOf(PolicyException.class);
  }

  @Test
  void policyKeysAndNumbersAtTheirLimits() {
    Properties bareSeverity = new Properties();
    bareSeverity.setProperty("severity.", "ERROR");
    assertThatThrownBy(() -> Policy.fromProperties(bareSeverity)).isInstanceOf(PolicyException.class);
    Properties forty = new Properties();
    forty.setProperty("satisfaction.minimum", "80." + "0".repeat(37));
    assertThat(forty.getProperty("satisfaction.minimum")).hasSize(40);
    assertThat(Policy.fromProperties(forty).getSatisfactionMinimum()).isEqualByComparingTo("80");
    Properties fortyOne = new Properties();
    fortyOne.setProperty("satisfaction.minimum", "80." + "0".repeat(38));
    assertThatThrownBy(() -> Policy.fromProperties(fortyOne)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("too long");
  }

  private static Finding finding(String ruleId, Location location) {
    return Finding.builder().ruleId(ruleId).severity(Severity.WARNING).messageZh("中").messageEn("en").location(location).build();
  }
}
