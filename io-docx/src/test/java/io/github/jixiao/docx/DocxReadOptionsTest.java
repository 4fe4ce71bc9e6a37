package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The Word reader's own settings, carried in the generic read options. */
class DocxReadOptionsTest {
  @Test
  void theDefaultsApplyWhenTheReadOptionsCarryNone() {
    DocxReadOptions d = DocxReadOptions.of(ReadOptions.defaults());
    assertThat(d).isSameAs(DocxReadOptions.defaults());
    assertThat(d.getMaxInflatedBytes()).isEqualTo(256L << 20);
    assertThat(d.getMaxZipEntries()).isEqualTo(1_000);
    assertThat(d.getMaxInflateRatio()).isEqualTo(200);
    assertThat(d.getZipRatioThresholdBytes()).isEqualTo(1L << 20);
    assertThat(d.getMaxCells()).isEqualTo(500_000);
    assertThat(ReadOptions.defaults().find(DocxReadOptions.class)).isEmpty();
  }

  @Test
  void carriedSettingsAreFoundAndTheLastOfAClassWins() {
    DocxReadOptions small = DocxReadOptions.builder().maxZipEntries(20).maxCells(100).build();
    ReadOptions options = ReadOptions.builder().strict(true)
        .with(DocxReadOptions.builder().maxZipEntries(5).build())
        .with(small)
        .build();
    assertThat(options.find(DocxReadOptions.class)).containsSame(small);
    assertThat(DocxReadOptions.of(options)).isSameAs(small);
    assertThat(ReadOptions.builder().from(options).build()).isEqualTo(options);
    assertThat(DocxReadOptions.builder().from(small).build()).isEqualTo(small).hasSameHashCodeAs(small);
    assertThat(small.toString()).contains("maxZipEntries=20");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> DocxReadOptions.builder().maxZipEntries(0).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("DocxReadOptions.maxZipEntries");
    assertThatThrownBy(() -> DocxReadOptions.builder().zipRatioThresholdBytes(-1).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("zipRatioThresholdBytes");
    assertThatThrownBy(() -> DocxReadOptions.builder().maxMarkupLength(0).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("maxMarkupLength");
    assertThatThrownBy(() -> DocxReadOptions.builder().maxAttributeLength(-5).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("maxAttributeLength");
    assertThatThrownBy(() -> DocxReadOptions.builder().maxTableTextLength(0).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("maxTableTextLength");
  }

  @Test
  void theXmlLimitsHaveTheirDocumentedDefaultsAndAreCopied() {
    DocxReadOptions d = DocxReadOptions.defaults();
    assertThat(d.getMaxMarkupLength()).isEqualTo(4 << 20);
    assertThat(d.getMaxAttributeLength()).isEqualTo(1 << 20);
    assertThat(d.getMaxTableTextLength()).isEqualTo(4L << 20);
    DocxReadOptions set = DocxReadOptions.builder().maxMarkupLength(7).maxAttributeLength(5).maxTableTextLength(9).build();
    DocxReadOptions copy = DocxReadOptions.builder().from(set).build();
    assertThat(copy).isEqualTo(set).hasSameHashCodeAs(set).isNotEqualTo(d);
    assertThat(copy.toString()).contains("maxMarkupLength=7", "maxAttributeLength=5", "maxTableTextLength=9");
  }

  @Test
  void readOptionsWithWordSettingsSurviveSerialization() throws IOException, ClassNotFoundException {
    ReadOptions options = ReadOptions.builder().maxDepth(32)
        .with(DocxReadOptions.builder().maxInflateRatio(50).build()).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(options);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ReadOptions back = (ReadOptions) in.readObject();
      assertThat(back).isEqualTo(options);
      assertThat(DocxReadOptions.of(back).getMaxInflateRatio()).isEqualTo(50);
    }
  }
}
