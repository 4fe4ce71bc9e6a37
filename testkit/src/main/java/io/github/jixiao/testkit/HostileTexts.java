package io.github.jixiao.testkit;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * 恶意文本 (hostile texts): valid disclosures with a few edits that writers and readers of
 * label-based layouts stumble over — spaces of any width at either end, tabs and line breaks,
 * values that are labels of the form, ★ on a non-core indicator, 中期 / 合计 / 涉密 inside texts,
 * funding nested three levels, a custom source after a nested group, characters outside the BMP.
 * Opt-in: the other generators are left as they are.
 */
final class HostileTexts {
  /** What the edits put into texts. */
  static final List<String> FRAGMENTS = List.of(" ", "  ", "\u3000\u3000", "\t", "\t\t", "\n", "\u00A0",
      "实施单位", "项目来源", "项目名称", "合计", "中期", "涉密", "★", "其中", "：", "\uD840\uDC00\uD83D\uDE00", "年度目标",
      "\u0001");

  private HostileTexts() {}

  /** One edit: which part it changes, with which fragment. */
  private record Edit(int kind, String fragment, boolean atStart) {}

  private static final int KINDS = 12;

  static Arbitrary<Disclosure> disclosures() {
    Arbitrary<Edit> edits = Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), Arbitraries.of(FRAGMENTS),
        Arbitraries.of(true, false)).as(Edit::new);
    return Combinators.combine(DocumentArbitraries.disclosures(), edits.list().ofMinSize(1).ofMaxSize(3))
        .as(HostileTexts::apply);
  }

  private static Disclosure apply(Disclosure d, List<Edit> edits) {
    Disclosure out = d;
    for (Edit e : edits) {
      out = apply(out, e);
    }
    return out;
  }

  private static String put(String text, Edit e) {
    if (e.atStart()) {
      return e.fragment() + text;
    }
    int middle = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
    return e.kind() % 2 == 0 ? text + e.fragment() : text.substring(0, middle) + e.fragment() + text.substring(middle);
  }

  private static Disclosure apply(Disclosure d, Edit e) {
    BudgetItem item = d.getItems().get(0);
    BudgetItem.Builder b = BudgetItem.builder().from(item);
    switch (e.kind()) {
      case 0:
        b.name(put(item.getName(), e));
        break;
      case 1:
        item.getAnnualGoals().ifPresent(g -> b.annualGoals(Goals.of(put(g.getText(), e))));
        break;
      case 2:
        return Disclosure.builder().from(d).title(put(d.getTitle().orElse("项目支出绩效目标"), e)).build();
      case 3:
        item.getAnnualFunding().ifPresent(f -> b.annualFunding(withSources(f, sources -> sources.set(sources.size() - 1,
            FundingSource.builder().from(sources.get(sources.size() - 1)).label(put("调整资金", e)).build()))));
        break;
      case 4:
        item.getAnnualFunding().ifPresent(f -> b.annualFunding(withSources(f, sources -> {
          FundingSource first = sources.get(0);
          FundingSource grandchild = FundingSource.of("中央转移支付", first.getAmount());
          FundingSource child = FundingSource.builder().label("上级财政资金").amount(first.getAmount()).addChildren(grandchild).build();
          sources.set(0, FundingSource.builder().from(first).children(List.of(child)).build());
        })));
        break;
      case 5:
        item.getAnnualFunding().ifPresent(f -> b.annualFunding(withSources(f, sources -> {
          FundingSource first = sources.get(0);
          if (first.getChildren().isEmpty()) {
            sources.set(0, FundingSource.builder().from(first).addChildren(FundingSource.of("专项补助", first.getAmount())).build());
          }
          sources.add(1, FundingSource.of("社会捐赠", BigDecimal.ZERO.setScale(2)));
        })));
        break;
      case 6:
        b.annualIndicators(withFirstIndicator(item.getAnnualIndicators(),
            i -> Indicator.builder().from(i).core(false).name("★" + i.getName()).build()));
        break;
      case 7:
        b.annualIndicators(withFirstIndicator(item.getAnnualIndicators(),
            i -> Indicator.builder().from(i).name(put(i.getName(), e)).build()));
        break;
      case 8:
        b.addExtras(LabelledText.of("项目概况", put("概况说明", e)));
        break;
      case 9:
        b.implementingUnit(e.atStart() ? e.fragment() : put(item.getImplementingUnit().orElse("某局"), e));
        break;
      case 10:
        b.annualIndicators(withFirstIndicator(item.getAnnualIndicators(),
            i -> Indicator.builder().from(i).target(put(i.getTarget().getRaw(), e)).build()));
        break;
      default:
        item.getPeriod().ifPresent(p -> b.source(put(item.getSource().orElse("本级申报项目"), e)));
        break;
    }
    List<BudgetItem> items = new ArrayList<>(d.getItems());
    items.set(0, b.build());
    return Disclosure.builder().from(d).items(items).build();
  }

  private static FundingSplit withSources(FundingSplit f, java.util.function.Consumer<List<FundingSource>> edit) {
    List<FundingSource> sources = new ArrayList<>(f.getSources());
    if (sources.isEmpty()) {
      return f;
    }
    edit.accept(sources);
    return FundingSplit.builder().from(f).sources(sources).build();
  }

  private static IndicatorTable withFirstIndicator(IndicatorTable t, java.util.function.UnaryOperator<Indicator> edit) {
    if (t.getRows().isEmpty()) {
      return t;
    }
    List<Indicator> rows = new ArrayList<>(t.getRows());
    rows.set(0, edit.apply(rows.get(0)));
    return IndicatorTable.builder().from(t).rows(rows).build();
  }
}
