package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OfficeLimits}: the zip and markup limits the Word and Excel options share. */
class OfficeLimitsTest {
  private static long[] limits(int zeroAt) {
    long[] values = {256L << 20, 1_000, 200, 1L << 20, 4 << 20, 1 << 20};
    if (zeroAt >= 0) {
      values[zeroAt] = zeroAt % 2 == 0 ? 0 : -1;
    }
    return values;
  }

  private static OfficeLimits checked(long[] v) {
    return OfficeLimits.checked("WordOptions", v[0], (int) v[1], (int) v[2], v[3], (int) v[4], (int) v[5]);
  }

  @Test
  void carriesEachLimitToItsPlace() {
    OfficeLimits limits = OfficeLimits.checked("O", 1, 2, 3, 4, 5, 6);
    assertThat(limits.zip()).isEqualTo(new OfficeZip.ZipLimits(1, 2, 3, 4));
    assertThat(limits.maxMarkupLength()).isEqualTo(5);
    assertThat(limits.maxAttributeLength()).isEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void aLimitThatIsNotPositiveIsNamedWithItsOptionsClass(int which) {
    String[] names = {"maxInflatedBytes", "maxZipEntries", "maxInflateRatio", "zipRatioThresholdBytes", "maxMarkupLength",
        "maxAttributeLength"};
    assertThatThrownBy(() -> checked(limits(which)))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("WordOptions." + names[which] + ": must be positive");
  }

  @Test
  void theXmlInputIsGuardedByTheMarkupLimits() throws IOException {
    OfficeLimits limits = OfficeLimits.checked("O", 1 << 20, 10, 10, 1 << 20, 16, 4);
    String tooLongAttribute = "<a b=\"12345\"/>";
    try (Reader in = limits.xml(new ByteArrayInputStream(tooLongAttribute.getBytes(StandardCharsets.UTF_8)), "x.xml")) {
      assertThatThrownBy(() -> in.read(new char[64], 0, 64))
          .isInstanceOfSatisfying(OfficeZip.FormatIoException.class,
              e -> assertThat(e.formatException.reason()).isEqualTo(Reason.STRING_TOO_LONG));
    }
    String tooLongTag = "<a b=\"1\" c=\"2\" d=\"3\"/>";
    try (Reader in = limits.xml(new ByteArrayInputStream(tooLongTag.getBytes(StandardCharsets.UTF_8)), "x.xml")) {
      assertThatThrownBy(() -> in.read(new char[64], 0, 64))
          .isInstanceOfSatisfying(OfficeZip.FormatIoException.class,
              e -> assertThat(e.formatException).isInstanceOf(FormatException.class)
                  .extracting(FormatException::reason).isEqualTo(Reason.TOO_LARGE));
    }
  }
}
