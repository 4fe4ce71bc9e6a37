package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The depth of a funding-source tree is bounded when it is built, so hashCode, toString and Java
 * serialization of any tree the model admits stay far from the end of the stack.
 */
class FundingDepthTest {
  /** A chain of sources, each the only nested source of the one above, {@code levels} deep. */
  static FundingSource chain(int levels) {
    FundingSource source = FundingSource.of("第" + levels + "层", new BigDecimal("1.00"));
    for (int level = levels - 1; level >= 1; level--) {
      source = FundingSource.builder().label("第" + level + "层").amount(new BigDecimal("1.00")).addChild(source).build();
    }
    return source;
  }

  @Test
  void theDeepestAllowedTreeIsBuiltAndKnowsItsDepth() {
    FundingSource deepest = chain(FundingSource.MAX_DEPTH);

    assertThat(deepest.depth()).isEqualTo(FundingSource.MAX_DEPTH);
    assertThat(FundingSource.of("财政拨款", BigDecimal.ONE).depth()).isEqualTo(1);
    assertThat(FundingSource.MAX_DEPTH).isGreaterThanOrEqualTo(3); // real sheets nest two or three levels
  }

  @Test
  void aTreeOneLevelTooDeepIsRefusedNamingTheField() {
    FundingSource deepest = chain(FundingSource.MAX_DEPTH);

    assertThatThrownBy(() -> FundingSource.builder().label("顶层").amount(BigDecimal.ONE).addChild(deepest).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("FundingSource.children")
        .hasMessageContaining(String.valueOf(FundingSource.MAX_DEPTH))
        .hasMessageContaining("顶层");
  }

  @Test
  void aDeepChainCannotBeBuiltAtAll() {
    assertThatThrownBy(() -> chain(10_000)).isInstanceOf(ModelException.class).hasMessageContaining("FundingSource.children");
  }

  @Test
  void theDeepestAllowedTreeHashesPrintsAndSerializes() throws IOException, ClassNotFoundException {
    FundingSplit split = FundingSplit.of(new BigDecimal("1.00"), chain(FundingSource.MAX_DEPTH));
    FundingSplit same = FundingSplit.of(new BigDecimal("1.00"), chain(FundingSource.MAX_DEPTH));

    assertThat(split.hashCode()).isEqualTo(same.hashCode());
    assertThat(split).isEqualTo(same);
    assertThat(split.toString()).contains("第1层").contains("第" + FundingSource.MAX_DEPTH + "层");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(split);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      FundingSplit read = (FundingSplit) in.readObject();
      assertThat(read).isEqualTo(split);
      assertThat(read.getSources().get(0).depth()).isEqualTo(FundingSource.MAX_DEPTH);
    }
  }

  @Test
  void aWideTreeIsNotDeep() {
    FundingSource.Builder b = FundingSource.builder().label("财政拨款").amount(BigDecimal.ONE);
    for (int i = 0; i < 10_000; i++) {
      b.addChild(FundingSource.of("来源" + i, BigDecimal.ZERO));
    }

    assertThat(b.build().depth()).isEqualTo(2);
  }
}
