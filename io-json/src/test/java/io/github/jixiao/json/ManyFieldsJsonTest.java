package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Duplicate keys are found in objects of any size, among names that share one String hash code
 * too ("Aa" and "BB" hash alike), also after the reader has moved from scanning a few names to a
 * tree of many (unknown fields skipped, the only way an object gets many).
 */
class ManyFieldsJsonTest {
  private static final ReadOptions LENIENT =
      ReadOptions.builder().with(JsonReadOptions.builder().ignoreUnknownFields(true).build()).build();

  /** The i-th of 2^12 distinct names that all share one hash code. */
  private static String collidingName(int i) {
    StringBuilder b = new StringBuilder();
    for (int bit = 11; bit >= 0; bit--) {
      b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  private static String document(int fields, String lastName) {
    StringBuilder json = new StringBuilder("{\"formatVersion\":\"1\",\"type\":\"disclosure\",\"title\":\"t\"");
    for (int i = 0; i < fields; i++) {
      json.append(",\"").append(collidingName(i)).append("\":").append(i);
    }
    if (lastName != null) {
      json.append(",\"").append(lastName).append("\":0");
    }
    return json.append(",\"items\":[]}").toString();
  }

  private static Disclosure read(String json) {
    return JsonTesting.FORMAT.reader(LENIENT).readDisclosure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static FormatException readFails(String json) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> read(json));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  @Test
  void manyDistinctCollidingFieldsAreSkipped() {
    assertThat(read(document(4096, null)).getTitle()).hasValue("t");
  }

  @Test
  void aDuplicateAmongManyCollidingFieldsIsFound() {
    FormatException early = readFails(document(4096, collidingName(3)));
    FormatException late = readFails(document(4096, collidingName(4000)));
    FormatException known = readFails(document(4096, "title"));

    for (FormatException e : new FormatException[] {early, late, known}) {
      assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
    }
    assertThat(early.detail()).contains(collidingName(3));
    assertThat(late.detail()).contains(collidingName(4000));
    assertThat(known.detail()).contains("\"title\"");
  }

  @Test
  void aDuplicateJustBeforeAndAfterTheMoveToATreeIsFound() {
    for (int fields = 10; fields <= 20; fields++) {
      assertThat(readFails(document(fields, collidingName(0))).reason()).as("%d fields", fields).isEqualTo(Reason.DUPLICATE_KEY);
      assertThat(readFails(document(fields, collidingName(fields - 1))).reason()).as("%d fields", fields).isEqualTo(Reason.DUPLICATE_KEY);
      assertThat(read(document(fields, collidingName(fields))).getTitle()).hasValue("t");
    }
  }
}
