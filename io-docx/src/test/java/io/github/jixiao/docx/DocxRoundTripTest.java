package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import org.junit.jupiter.api.Test;

/** The seed document, written and read back, is the same document. */
class DocxRoundTripTest {

  @Test
  void theSeedRoundTrips() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(DocxTesting.read(DocxTesting.write(seed))).isEqualTo(seed);
  }
}
