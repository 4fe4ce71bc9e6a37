package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ItemReaders#of}: the item reader contract over an iterator of sheets. */
class ItemReadersTest {
  private final AtomicInteger closes = new AtomicInteger();

  private static BudgetItem item(String name) {
    return BudgetItem.builder()
        .name(name)
        .year(2024)
        .annualFunding(FundingSplit.of(new BigDecimal("18.00"), FundingSource.of("财政拨款", new BigDecimal("18.00"))))
        .annualIndicators(IndicatorTable.of(List.of(
            Indicator.builder().level1("产出指标").level2("数量指标").name("督查次数").target("≥60次").build())))
        .build();
  }

  private static FormatException bug(RuntimeException e) {
    return new FormatException(Reason.READER_BUG, FormatLocation.unknown(), "bug: " + e, e);
  }

  /** Sheets that yield the given items, then throw the given failure (if any). */
  private static Iterator<BudgetItem> sheets(List<BudgetItem> items, RuntimeException failure) {
    Iterator<BudgetItem> it = items.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (!it.hasNext() && failure != null) {
          throw failure;
        }
        return it.hasNext();
      }

      @Override
      public BudgetItem next() {
        hasNext();
        return it.next();
      }
    };
  }

  private ItemReader reader(List<BudgetItem> items, RuntimeException failure) {
    return ItemReaders.of(sheets(items, failure), closes::incrementAndGet, ItemReadersTest::bug);
  }

  @Test
  void readsEveryItemThenIsExhausted() {
    ItemReader reader = reader(List.of(item("甲"), item("乙")), null);
    List<String> names = new ArrayList<>();
    reader.forEachRemaining(i -> names.add(i.getName()));

    assertThat(names).containsExactly("甲", "乙");
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class).hasMessage("no more sheets");
    assertThat(closes).hasValue(0);
  }

  @Test
  void hasNextAsksTheSheetsOnlyOnce() {
    ItemReader reader = reader(List.of(item("甲")), null);
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.next().getName()).isEqualTo("甲");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void aFormatExceptionIsThrownByNextAndEndsTheBatchAndClosesTheSource() {
    FormatException failure = new FormatException(Reason.MALFORMED, FormatLocation.unknown(), "broken sheet");
    ItemReader reader = reader(List.of(item("甲")), failure);

    assertThat(reader.next().getName()).isEqualTo("甲");
    assertThat(reader.hasNext()).as("a failure to hand over").isTrue();
    assertThat(closes).as("closed on failure").hasValue(1);
    assertThatThrownBy(reader::next).isSameAs(failure);
    assertThat(reader.hasNext()).as("reading does not go on").isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);

    reader.close();
    assertThat(closes).as("closed once").hasValue(1);
  }

  @Test
  void anyOtherRuntimeExceptionBecomesTheFormatsReaderBug() {
    IllegalStateException npe = new IllegalStateException("oops");
    ItemReader reader = reader(List.of(), npe);

    assertThatThrownBy(reader::next)
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.READER_BUG))
        .hasCause(npe);
    assertThat(reader.hasNext()).isFalse();
    assertThat(closes).hasValue(1);
  }

  @Test
  void aSourceThatFailsToCloseAfterAFailureIsSuppressedByIt() {
    FormatException failure = new FormatException(Reason.TRUNCATED, FormatLocation.unknown(), "cut short");
    IllegalStateException closing = new IllegalStateException("cannot close");
    ItemReader reader = ItemReaders.of(sheets(List.of(), failure), () -> {
      throw closing;
    }, ItemReadersTest::bug);

    assertThatThrownBy(reader::next).isSameAs(failure);
    assertThat(failure.getSuppressed()).containsExactly(closing);
  }

  @Test
  void closingStopsReadingAndClosesTheSourceOnce() {
    ItemReader reader = reader(List.of(item("甲"), item("乙")), null);
    reader.close();
    reader.close();

    assertThat(closes).hasValue(1);
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void theStreamClosesTheSource() {
    try (var items = reader(List.of(item("甲")), null).stream()) {
      assertThat(items.count()).isEqualTo(1);
    }
    assertThat(closes).hasValue(1);
  }
}
