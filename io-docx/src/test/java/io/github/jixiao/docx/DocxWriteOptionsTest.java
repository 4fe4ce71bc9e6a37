package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Word writer's settings: fixed defaults, carried in WriteOptions, checked when built. */
class DocxWriteOptionsTest {
  @Test
  void theDefaultsTakeNothingFromTheClock() {
    DocxWriteOptions d = DocxWriteOptions.defaults();
    assertThat(d.getCreator()).isEqualTo("Jixiao");
    assertThat(d.getApplication()).isEqualTo("Jixiao");
    assertThat(d.getTitle()).isEmpty();
    assertThat(d.getLastModifiedBy()).isEmpty();
    assertThat(d.getRevision()).isEmpty();
    assertThat(d.getCreated()).isEmpty();
    assertThat(d.getModified()).isEmpty();
    assertThat(DocxWriteOptions.builder().build()).isEqualTo(d);
  }

  @Test
  void theyAreCarriedInWriteOptions() {
    DocxWriteOptions titled = DocxWriteOptions.builder().title("绩效目标").build();
    assertThat(DocxWriteOptions.of(WriteOptions.builder().with(titled).build())).isEqualTo(titled);
    assertThat(DocxWriteOptions.of(WriteOptions.defaults())).isSameAs(DocxWriteOptions.defaults());
    assertThat(titled.optionsType()).isEqualTo(DocxWriteOptions.class);
    assertThat(DocxWriteOptions.builder().from(titled).creator("x").build().getTitle()).contains("绩效目标");
  }

  @Test
  void textAWordDocumentCannotHoldIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> DocxWriteOptions.builder().title("a\u0001b").build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("DocxWriteOptions.title").hasMessageContaining("U+0001").hasMessageContaining("character 1");
    assertThatThrownBy(() -> DocxWriteOptions.builder().creator("\ud800").build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("DocxWriteOptions.creator");
    assertThatThrownBy(() -> DocxWriteOptions.builder().revision("\uffff").build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("DocxWriteOptions.revision");
    // tabs, line breaks and pairs of surrogates are text like any other
    assertThat(DocxWriteOptions.builder().title("第一行\n第二行\t\ud840\udc00").build().getTitle()).isPresent();
  }

  @Test
  void datesOutsideFourDigitYearsAreRefused() {
    assertThatThrownBy(() -> DocxWriteOptions.builder().created(Instant.parse("+10000-01-01T00:00:00Z")).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("DocxWriteOptions.created");
    assertThatThrownBy(() -> DocxWriteOptions.builder().modified(Instant.parse("0000-12-31T23:59:59Z")).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("DocxWriteOptions.modified");
    assertThat(DocxWriteOptions.builder().created(Instant.parse("9999-12-31T23:59:59Z"))
        .modified(Instant.parse("0001-01-01T00:00:00Z")).build().getCreated()).isPresent();
  }

  @Test
  void nullIsMissingOrNone() {
    assertThatThrownBy(() -> DocxWriteOptions.builder().creator(null)).isInstanceOf(MissingValueException.class);
    assertThat(DocxWriteOptions.builder().title((String) null).build().getTitle()).isEmpty();
  }

  @Test
  void theyAreSerializable() throws IOException, ClassNotFoundException {
    DocxWriteOptions o = DocxWriteOptions.builder().title("t").created(Instant.parse("2024-03-01T08:00:00Z")).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(WriteOptions.builder().with(o).build());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(DocxWriteOptions.of((WriteOptions) in.readObject())).isEqualTo(o);
    }
  }
}
