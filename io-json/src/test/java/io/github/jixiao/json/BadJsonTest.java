package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is one FormatException with a reason, line, column and pointer. */
class BadJsonTest {
  private static final String HEAD = "{\"formatVersion\":\"1\",\"type\":\"disclosure\",";
  private static final ReadOptions LENIENT =
      ReadOptions.builder().with(JsonReadOptions.builder().ignoreUnknownFields(true).build()).build();

  private static FormatException readFails(byte[] bytes) {
    return readFails(new ByteArrayInputStream(bytes), ReadOptions.defaults());
  }

  private static FormatException readFails(String json) {
    return readFails(json.getBytes(StandardCharsets.UTF_8));
  }

  private static FormatException readFails(InputStream in, ReadOptions options) {
    FormatException e =
        catchThrowableOfType(FormatException.class, () -> JsonTesting.FORMAT.reader(options).readDisclosure(in));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  @Test
  void nesting100000DeepWhereTheModelNests() {
    String source = "{\"label\":\"财政拨款\",\"amount\":\"1\",\"children\":[";
    String json = HEAD + "\"items\":[{\"name\":\"x\",\"annualFunding\":{\"total\":\"1\",\"sources\":["
        + source.repeat(100_000) + "]}".repeat(100_000) + "]}}]}";
    // The model's depth (FundingSource.MAX_DEPTH) is reached first with the default limit, the
    // reader's limit first where it is set lower.
    FormatException e = readFails(json);
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.detail()).contains("FundingSource.children");
    assertThat(e.location().getLine()).hasValue(1);
    assertThat(e.location().getColumn()).isPresent();
    assertThat(e.location().getJsonPointer().orElseThrow()).startsWith("/items/0/annualFunding/sources/0/children/0/children/0");
    FormatException shallow = readFails(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.builder().maxDepth(20).build());
    assertThat(shallow.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(shallow.location().getColumn()).isPresent();
    assertThat(shallow.location().getJsonPointer().orElseThrow()).startsWith("/items/0/annualFunding/sources/0/children/0/children/0");
  }

  @Test
  void nesting100000DeepInASkippedField() {
    String json = HEAD + "\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    FormatException e = readFails(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), LENIENT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.location().getJsonPointer().orElseThrow()).startsWith("/extra/0/0");
    assertThat(readFails(json).reason()).isEqualTo(Reason.UNKNOWN_FIELD);
  }

  @Test
  void theNumberLimitIsTheOneTheReadOptionsCarry() {
    ReadOptions eight = ReadOptions.builder().with(JsonReadOptions.builder().maxNumberLength(8).build()).build();
    FormatException e = readFails(new ByteArrayInputStream(
        (HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":\"123456.789\"}]}").getBytes(StandardCharsets.UTF_8)),
        eight);
    assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    assertThat(e.detail()).contains("limit of 8");
  }

  @Test
  void aNumberOf100000Digits() {
    FormatException e = readFails(HEAD + "\"year\":" + "9".repeat(100_000) + "}");
    assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    assertThat(e.location().getLine()).hasValue(1);
    assertThat(e.location().getJsonPointer()).contains("/year");
  }

  @Test
  void anAmountOf100000DigitsWrittenAsAString() {
    FormatException e = readFails(HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":\"" + "9".repeat(100_000) + "\"}]}");
    assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    assertThat(e.location().getJsonPointer()).contains("/listEntries/0/amount");
  }

  @Test
  void aStringOf50Megabytes() {
    byte[] head = (HEAD + "\"title\":\"").getBytes(StandardCharsets.UTF_8);
    InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head), repeated((byte) 'a', 50L << 20), new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
    FormatException e = readFails(huge, ReadOptions.defaults());
    assertThat(e.reason()).isEqualTo(Reason.STRING_TOO_LONG);
    assertThat(e.location().getLine()).hasValue(1);
    assertThat(e.location().getJsonPointer()).contains("/title");
  }

  @Test
  void aDocumentOverTheByteLimit() {
    byte[] json = JsonTesting.write(SampleDocuments.huaiyuan2024()).getBytes(StandardCharsets.UTF_8);
    FormatException e = readFails(new ByteArrayInputStream(json), ReadOptions.builder().maxDocumentBytes(10_000).build());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.location().getLine()).isPresent();
    assertThat(e.location().getJsonPointer()).isPresent();
  }

  @Test
  void duplicateKeys() {
    FormatException e = readFails("{\"formatVersion\":\"1\",\n\"type\":\"disclosure\",\n\"title\":\"a\",\n\"title\":\"b\"}");
    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
    assertThat(e.location().getLine()).hasValue(4);
    assertThat(e.location().getJsonPointer()).contains("/title");
  }

  @Test
  void notANumberAndInfinity() {
    FormatException nan = readFails(HEAD + "\"year\":NaN}");
    assertThat(nan.reason()).isEqualTo(Reason.INVALID_NUMBER);
    assertThat(nan.location().getColumn()).isPresent();
    FormatException inf = readFails(HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":Infinity}]}");
    assertThat(inf.reason()).isEqualTo(Reason.INVALID_NUMBER);
    assertThat(inf.location().getJsonPointer()).contains("/listEntries/0/amount");
    FormatException text = readFails(HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":\"NaN\"}]}");
    assertThat(text.reason()).isEqualTo(Reason.INVALID_NUMBER);
  }

  @Test
  void trailingGarbage() {
    String valid = JsonTesting.write(SampleDocuments.huaiyuan2024());
    FormatException word = readFails(valid + "x");
    assertThat(word.reason()).isEqualTo(Reason.TRAILING_CONTENT);
    assertThat(word.location().getLine()).hasValue((int) valid.lines().count() + 1);
    FormatException second = readFails(valid + "{}");
    assertThat(second.reason()).isEqualTo(Reason.TRAILING_CONTENT);
    assertThat(second.location().getLine()).isPresent();
  }

  @Test
  void truncatedInput() {
    String valid = JsonTesting.write(SampleDocuments.huaiyuan2024());
    FormatException e = readFails(valid.substring(0, valid.length() / 2));
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.location().getLine()).isPresent();
    assertThat(e.location().getJsonPointer().orElseThrow()).startsWith("/items/");
    assertThat(readFails("").reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(readFails(HEAD).reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(readFails(HEAD + "\"title\":").reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void invalidUtf8() {
    byte[] head = (HEAD + "\"title\":\"ab").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = '"';
    bytes[head.length + 3] = '}';
    FormatException e = readFails(bytes);
    assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(e.location().getLine()).hasValue(1);
    assertThat(e.location().getJsonPointer()).contains("/title");
  }

  @Test
  void wrongTypes() {
    FormatException items = readFails(HEAD + "\n\"items\": 5}");
    assertThat(items.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(items.location().getLine()).hasValue(2);
    assertThat(items.location().getColumn()).hasValue(10);
    assertThat(items.location().getJsonPointer()).contains("/items");
    assertThat(items.detail()).contains("must be an array").contains("a number");
    FormatException entry = readFails(HEAD + "\"listEntries\":[1]}");
    assertThat(entry.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(entry.location().getJsonPointer()).contains("/listEntries/0");
    FormatException year = readFails(HEAD + "\"year\":\"2024\"}");
    assertThat(year.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(readFails("[1,2]").reason()).isEqualTo(Reason.WRONG_TYPE);
  }

  @Test
  void missingRequiredFields() {
    FormatException name = readFails(HEAD + "\"items\":[{\"year\":2024}]}");
    assertThat(name.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(name.detail()).contains("\"name\"");
    assertThat(name.location().getJsonPointer().orElseThrow()).startsWith("/items/0");
    FormatException version = readFails("{\"type\":\"disclosure\"}");
    assertThat(version.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(version.detail()).contains("formatVersion");
    FormatException target = readFails(HEAD + "\"items\":[{\"name\":\"x\",\"annualIndicators\":{\"rows\":[{\"level1\":{\"label\":\"产出指标\"},"
        + "\"level2\":{\"label\":\"数量指标\"},\"name\":\"n\"}]}}]}");
    assertThat(target.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(target.detail()).contains("\"target\"");
    assertThat(target.location().getJsonPointer().orElseThrow()).startsWith("/items/0/annualIndicators/rows/0");
  }

  @Test
  void anUnknownFormatVersion() {
    FormatException e = readFails("{\"formatVersion\":\"2\",\"type\":\"disclosure\"}");
    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
    assertThat(e.location().getJsonPointer()).contains("/formatVersion");
    assertThat(e.location().getColumn()).hasValue(18);
  }

  @Test
  void unknownFieldsFailUnlessIgnored() {
    String json = HEAD + "\"items\":[{\"name\":\"x\",\"colour\":{\"deep\":[1,2,{}]}}]}";
    FormatException e = readFails(json);
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(e.detail()).contains("colour");
    assertThat(e.location().getJsonPointer()).contains("/items/0/colour");
    Disclosure lenient = JsonTesting.FORMAT.reader(LENIENT)
        .readDisclosure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(lenient.getItems()).hasSize(1);
  }

  @Test
  void valuesTheModelRejects() {
    FormatException e = readFails(HEAD + "\"listEntries\":[{\"sequence\":-1,\"name\":\"x\",\"amount\":\"1\"}]}");
    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.detail()).contains("sequence");
    FormatException kind = readFails(HEAD + "\"items\":[{\"name\":\"x\",\"annualIndicators\":{\"rows\":[{\"level1\":{\"label\":\"产出指标\"},"
        + "\"level2\":{\"label\":\"数量指标\"},\"name\":\"n\",\"target\":{\"raw\":\"1\",\"kind\":\"QUANTITATIVE\"}}]}}]}");
    assertThat(kind.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(kind.detail()).contains("TargetValue.value");
  }

  @Test
  void badValuesInTheNewerFields() {
    String item = HEAD + "\"items\":[{\"name\":\"x\",";
    FormatException unit = readFails(item + "\"annualFunding\":{\"total\":\"1\",\"writtenUnit\":\"元\"}}]}");
    assertThat(unit.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(unit.detail()).contains("AmountUnit").contains("YUAN");
    assertThat(unit.location().getJsonPointer()).contains("/items/0/annualFunding/writtenUnit");
    assertThat(readFails(item + "\"annualFunding\":{\"total\":\"1\",\"writtenUnit\":2}}]}").reason()).isEqualTo(Reason.WRONG_TYPE);
    FormatException extras = readFails(item + "\"extras\":{\"label\":\"立项依据\"}}]}");
    assertThat(extras.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(extras.detail()).contains("must be an array");
    assertThat(extras.location().getJsonPointer()).contains("/items/0/extras");
    FormatException text = readFails(item + "\"extras\":[{\"label\":\"立项依据\"}]}]}");
    assertThat(text.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(text.detail()).contains("\"text\"");
    assertThat(text.location().getJsonPointer().orElseThrow()).startsWith("/items/0/extras/0");
    FormatException label = readFails(HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":\"1\",\"extras\":[{\"text\":\"\"}]}]}");
    assertThat(label.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(label.detail()).contains("\"label\"");
    assertThat(label.location().getJsonPointer().orElseThrow()).startsWith("/listEntries/0/extras/0");
    FormatException unknown = readFails(item + "\"extras\":[{\"label\":\"立项依据\",\"text\":\"\",\"colour\":1}]}]}");
    assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(unknown.location().getJsonPointer()).contains("/items/0/extras/0/colour");
    assertThat(readFails(item + "\"extras\":[{\"label\":\"a\",\"text\":\"b\",\"text\":\"c\"}]}]}").reason())
        .isEqualTo(Reason.DUPLICATE_KEY);
    assertThat(readFails(item + "\"extras\":[\"立项依据\"]}]}").reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(readFails(item + "\"code\":341021}]}").reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(readFails(item + "\"category\":[]}]}").reason()).isEqualTo(Reason.WRONG_TYPE);
    FormatException total = readFails(HEAD + "\"listTotal\":\"1,0\"}");
    assertThat(total.reason()).isEqualTo(Reason.INVALID_NUMBER);
    assertThat(total.location().getJsonPointer()).contains("/listTotal");
    assertThat(readFails(HEAD + "\"listTotal\":\"" + "9".repeat(100_000) + "\"}").reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    assertThat(readFails(HEAD + "\"listTotal\":NaN}").reason()).isEqualTo(Reason.INVALID_NUMBER);
    FormatException scoring = readFails(item + "\"annualIndicators\":{\"rows\":[{\"level1\":{\"label\":\"产出指标\"},"
        + "\"level2\":{\"label\":\"数量指标\"},\"name\":\"n\",\"target\":{\"raw\":\"1\"},\"scoring\":5}]}}]}");
    assertThat(scoring.reason()).isEqualTo(Reason.WRONG_TYPE);
    assertThat(scoring.location().getJsonPointer()).contains("/items/0/annualIndicators/rows/0/scoring");
    FormatException column = readFails(item + "\"annualIndicators\":{\"optionalColumns\":[\"SCORE\"]}}]}");
    assertThat(column.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(column.detail()).contains("SCORING");
  }

  @Test
  void nullsInTheNewerOptionalFieldsAreAbsences() {
    Disclosure d = JsonTesting.readDisclosure(HEAD + "\"listTotal\":null,\"items\":[{\"name\":\"x\",\"code\":null,\"category\":null,"
        + "\"annualFunding\":{\"total\":\"1\",\"writtenUnit\":null}}]}");
    assertThat(d.getListTotal()).isEmpty();
    assertThat(d.getItems().get(0).getCode()).isEmpty();
    assertThat(d.getItems().get(0).getCategory()).isEmpty();
    assertThat(d.getItems().get(0).getAnnualFunding().orElseThrow().getUnit()).isEqualTo(io.github.jixiao.model.AmountUnit.WAN_YUAN);
  }

  @Test
  void aBadItemInABatchNamesItsLine() {
    String good = JsonTesting.write(SampleDocuments.huaiyuan2024().getItems().get(0)).replace("\n", "");
    String batch = good + "\n" + "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":7}\n";
    try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.next().getName()).isEqualTo("督查考核专项经费项目");
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(FormatException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
            assertThat(e.location().getLine()).hasValue(2);
            assertThat(e.location().getJsonPointer()).contains("/name");
          });
    }
  }

  private static InputStream repeated(byte b, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, b);
        left -= n;
        return n;
      }
    };
  }
}
