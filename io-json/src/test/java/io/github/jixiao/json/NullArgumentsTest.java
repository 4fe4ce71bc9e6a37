package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Report;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A {@code null} argument is a NullPointerException naming the parameter, not a FormatException. */
class NullArgumentsTest {
  @Test
  void nullArgumentsNameTheParameter() {
    Disclosure sample = SampleDocuments.huaiyuan2024();
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.FORMAT.reader((ReadOptions) null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.FORMAT.writer(null)).withMessage("options");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.READER.readDisclosure((InputStream) null)).withMessage("in");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.READER.readItems((InputStream) null)).withMessage("in");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.WRITER.writeDisclosure(null, new ByteArrayOutputStream())).withMessage("disclosure");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.WRITER.writeDisclosure(sample, (java.io.OutputStream) null)).withMessage("out");
    assertThatNullPointerException().isThrownBy(() -> JsonReports.writeJson((Report) null, new ByteArrayOutputStream())).withMessage("report");
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.WRITER.openItems(null)).withMessage("out");
  }
}
