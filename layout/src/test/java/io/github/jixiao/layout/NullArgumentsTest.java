package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code null} argument to the form reader or a layout record names the parameter. */
class NullArgumentsTest {
  @Test
  void nullArgumentsNameTheParameter() {
    FormReader reader = FormReader.of(ReadOptions.defaults());
    assertThatNullPointerException().isThrownBy(() -> FormReader.of(null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> reader.read((List<LayoutBlock>) null)).withMessage("blocks");
    assertThatNullPointerException().isThrownBy(() -> reader.read(null, w -> { })).withMessage("blocks");
    assertThatNullPointerException().isThrownBy(() -> reader.items(Collections.emptyIterator(), null)).withMessage("warnings");
    assertThatNullPointerException().isThrownBy(() -> new LayoutCell(0, 0, 1, 1, null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> new LayoutParagraph("x", null)).withMessage("location");
    assertThatNullPointerException().isThrownBy(() -> new LayoutTable(FormatLocation.unknown(), null, 0)).withMessage("cells");
  }
}
