package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A {@code null} argument is a NullPointerException naming the parameter, not a FormatException. */
class NullArgumentsTest {
  @Test
  void nullArgumentsNameTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.FORMAT.reader((ReadOptions) null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.FORMAT.writer(null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.READER.readDisclosure((InputStream) null)).withMessage("in");
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.READER.readItems((InputStream) null)).withMessage("in");
    assertThatNullPointerException()
        .isThrownBy(() -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(new byte[0]), null)).withMessage("warnings");
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.WRITER.writeDisclosure(null, new ByteArrayOutputStream())).withMessage("disclosure");
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.WRITER.openItems(null)).withMessage("out");
  }
}
