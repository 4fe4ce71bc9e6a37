package io.github.jixiao.layout;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One funding block (annual or medium-term) as it is found: its total and its sources in written
 * order, nested in one of two ways. When the labels' indentation is known (a verbatim cell keeps
 * the whitespace in front of its label) and some label is indented, the indentation alone nests
 * them, to any depth: a source belongs to the nearest source above it that is indented less.
 * Otherwise the markers nest them one level deep: a source written "其中…" after another source
 * opens that source's nested sources; 上级财政资金 / 本级财政 nest under 财政拨款 even without it; a
 * standard top-level kind closes the nesting again. The first source under the total may say
 * "其中" of the total itself.
 */
final class FundingDraft {
  /** A source as written: its label, whether it said 其中, its amount and its indentation. */
  private record Written(String label, boolean ofWhich, BigDecimal amount, int indent) {}

  /** A source being nested. */
  private static final class Node {
    final String label;
    final BigDecimal amount;
    final List<Node> children = new ArrayList<>();

    Node(Written w) {
      this.label = w.label();
      this.amount = w.amount();
    }

    FundingSource build() {
      FundingSource.Builder b = FundingSource.builder().label(label).amount(amount);
      children.forEach(c -> b.addChildren(c.build()));
      return b.build();
    }
  }

  private BigDecimal total;
  private AmountUnit unit = AmountUnit.WAN_YUAN;
  private final List<Written> sources = new ArrayList<>();

  boolean hasTotal() {
    return total != null;
  }

  void total(BigDecimal amount, AmountUnit writtenIn) {
    total = amount;
    unit = writtenIn;
  }

  /**
   * Adds a source.
   *
   * @param label the label without 其中 and colons
   * @param ofWhich whether it was written "其中…" (or next to a 其中 cell)
   * @param amount the amount in 万元
   * @param indent the whitespace characters in front of the label as the cell keeps it (0 when
   *     the cell was trimmed)
   */
  void source(String label, boolean ofWhich, BigDecimal amount, int indent) {
    sources.add(new Written(label, ofWhich, amount, indent));
  }

  boolean isEmpty() {
    return total == null && sources.isEmpty();
  }

  Optional<FundingSplit> build() {
    if (total == null) {
      return Optional.empty();
    }
    boolean indented = sources.stream().anyMatch(s -> s.indent() > 0);
    List<Node> top = indented ? byIndentation() : byMarkers();
    FundingSplit.Builder b = FundingSplit.builder().total(total).unit(unit);
    top.forEach(n -> b.addSource(n.build()));
    return Optional.of(b.build());
  }

  private List<Node> byIndentation() {
    List<Node> top = new ArrayList<>();
    Deque<Node> open = new ArrayDeque<>();
    Deque<Integer> indents = new ArrayDeque<>();
    for (Written w : sources) {
      while (!indents.isEmpty() && indents.peek() >= w.indent()) {
        indents.pop();
        open.pop();
      }
      Node node = new Node(w);
      if (open.isEmpty()) {
        top.add(node);
      } else {
        open.peek().children.add(node);
      }
      open.push(node);
      indents.push(w.indent());
    }
    return top;
  }

  private List<Node> byMarkers() {
    List<Node> top = new ArrayList<>();
    List<FundingSourceKind> kinds = new ArrayList<>();
    Node parent = null;
    for (Written w : sources) {
      FundingSourceKind kind = FundingSourceKind.recognize(w.label());
      Node last = top.isEmpty() ? null : top.get(top.size() - 1);
      boolean fiscalChild = kind == FundingSourceKind.SUPERIOR_FISCAL || kind == FundingSourceKind.LOCAL_FISCAL;
      if (w.ofWhich() && last != null) {
        parent = last;
      } else if (parent == null && fiscalChild && last != null
          && kinds.get(kinds.size() - 1) == FundingSourceKind.FISCAL_APPROPRIATION) {
        parent = last;
      } else if (parent != null && kind != FundingSourceKind.CUSTOM && !fiscalChild) {
        parent = null;
      }
      if (parent != null) {
        parent.children.add(new Node(w));
      } else {
        top.add(new Node(w));
        kinds.add(kind);
      }
    }
    return top;
  }
}
