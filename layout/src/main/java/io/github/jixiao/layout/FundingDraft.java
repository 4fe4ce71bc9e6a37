package io.github.jixiao.layout;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One funding block (annual or medium-term) as it is found: its total and its sources in written
 * order. A source written "其中…" after another source opens that source's nested sources;
 * 上级财政资金 / 本级财政 nest under 财政拨款 even without it; a standard top-level kind closes the
 * nesting again. The first source under the total may say "其中" of the total itself.
 */
final class FundingDraft {
  private static final class Source {
    final String label;
    final FundingSourceKind kind;
    final BigDecimal amount;
    final List<FundingSource> children = new ArrayList<>();

    Source(String label, BigDecimal amount) {
      this.label = label;
      this.kind = FundingSourceKind.recognize(label);
      this.amount = amount;
    }
  }

  private BigDecimal total;
  private AmountUnit unit = AmountUnit.WAN_YUAN;
  private final List<Source> top = new ArrayList<>();
  private Source parent;

  boolean hasTotal() {
    return total != null;
  }

  void total(BigDecimal amount, AmountUnit writtenIn) {
    total = amount;
    unit = writtenIn;
  }

  void source(String label, boolean ofWhich, BigDecimal amount) {
    FundingSourceKind kind = FundingSourceKind.recognize(label);
    Source last = top.isEmpty() ? null : top.get(top.size() - 1);
    boolean fiscalChild = kind == FundingSourceKind.SUPERIOR_FISCAL || kind == FundingSourceKind.LOCAL_FISCAL;
    if (ofWhich && last != null) {
      parent = last;
    } else if (parent == null && fiscalChild && last != null && last.kind == FundingSourceKind.FISCAL_APPROPRIATION) {
      parent = last;
    } else if (parent != null && kind != FundingSourceKind.CUSTOM && !fiscalChild) {
      parent = null;
    }
    if (parent != null) {
      parent.children.add(FundingSource.of(label, amount));
    } else {
      top.add(new Source(label, amount));
    }
  }

  boolean isEmpty() {
    return total == null && top.isEmpty();
  }

  Optional<FundingSplit> build() {
    if (total == null) {
      return Optional.empty();
    }
    FundingSplit.Builder b = FundingSplit.builder().total(total).unit(unit);
    for (Source source : top) {
      b.addSource(FundingSource.builder().label(source.label).amount(source.amount).addAllChildren(source.children).build());
    }
    return Optional.of(b.build());
  }
}
