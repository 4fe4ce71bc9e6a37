package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Each reason of a bad JSON input comes from the path meant for it — an exception type, a token,
 * the bytes at the failure, the reader's own checks — and not from the words of Jackson's message:
 * inputs whose messages contain the words the reader once looked for ("UTF8", "NaN", "end") are
 * classified by what they are.
 */
class JsonErrorPathsTest {
  private static final String HEAD = "{\"formatVersion\":\"1\",\"type\":\"disclosure\",";

  private static FormatException fails(byte[] bytes, ReadOptions options) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> JsonTesting.FORMAT.reader(options).readDisclosure(new ByteArrayInputStream(bytes)));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  private static FormatException fails(byte[] bytes) {
    return fails(bytes, ReadOptions.defaults());
  }

  private static FormatException fails(String json) {
    return fails(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String) {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof Character) {
        out.write((Character) part);
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------------------ truncation

  @Test
  void theEndOfInputInsideAValueIsJacksonsUnexpectedEnd() {
    for (String json : List.of(HEAD + "\"title\":\"abc", HEAD + "\"title\":\"\\u12", HEAD + "\"year\":12", HEAD + "\"title\":")) {
      FormatException e = fails(json);
      assertThat(e.reason()).as(json).isEqualTo(Reason.TRUNCATED);
      assertThat(e.getCause()).as(json).isInstanceOf(UnexpectedEndOfInputException.class);
    }
    FormatException cutInACharacter = fails(bytes(HEAD + "\"title\":\"ab", 0xE4, 0xB8));
    assertThat(cutInACharacter.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(cutInACharacter.getCause()).isInstanceOf(UnexpectedEndOfInputException.class);
  }

  @Test
  void aSyntaxErrorOnlyBecauseTheInputStoppedIsTruncated() {
    // Jackson reports these as plain syntax errors; the parser had read to the end of the input
    for (String json : List.of(HEAD, HEAD + "\"listEntries\":[{\"sequence\":1,", HEAD + "\"title\":tr", HEAD + "\"year\":1.")) {
      FormatException e = fails(json);
      assertThat(e.reason()).as(json + ": " + e.getMessage()).isEqualTo(Reason.TRUNCATED);
      assertThat(e.getCause()).as(json).isExactlyInstanceOf(StreamReadException.class);
    }
    // the same syntax errors with input after them are malformed
    for (String json : List.of(HEAD + "}", HEAD + "\"title\":tr}", HEAD + "\"year\":1.}")) {
      FormatException e = fails(json);
      assertThat(e.reason()).as(json + ": " + e.getMessage()).isEqualTo(Reason.MALFORMED);
    }
  }

  @Test
  void noTokenWhereOneBelongsIsTruncationWithoutAJacksonFailure() {
    for (String json : List.of("", "   ")) {
      FormatException e = fails(json);
      assertThat(e.reason()).as("\"" + json + "\"").isEqualTo(Reason.TRUNCATED);
      assertThat(e.getCause()).as(json).isNull();
    }
  }

  // ---------------------------------------------------------------------------------- limits

  @Test
  void eachJacksonLimitSaysWhichLimitByItsType() {
    ReadOptions small = ReadOptions.builder().maxDepth(10).maxStringLength(100)
        .with(JsonReadOptions.builder().maxNumberLength(20).build()).build();
    assertLimit(fails(bytes(HEAD + "\"extra\":" + "[".repeat(20) + "]".repeat(20) + "}"),
        ReadOptions.builder().from(small)
            .with(JsonReadOptions.builder().maxNumberLength(20).ignoreUnknownFields(true).build()).build()), Reason.TOO_DEEP);
    assertLimit(fails(bytes(HEAD + "\"title\":\"" + "长".repeat(500) + "\"}"), small), Reason.STRING_TOO_LONG);
    assertLimit(fails(bytes(HEAD + "\"year\":" + "9".repeat(50) + "}"), small), Reason.NUMBER_TOO_LONG);
    assertLimit(fails(bytes(HEAD + "\"year\":1." + "9".repeat(50) + "}"), small), Reason.NUMBER_TOO_LONG);
    assertLimit(fails(bytes(HEAD + "\"year\":1e" + "9".repeat(50) + "}"), small), Reason.NUMBER_TOO_LONG);
    // a field name is a string: the string limit (at most 50,000) applies to it
    assertLimit(fails(bytes(HEAD + "\"" + "n".repeat(500) + "\":1}"), small), Reason.STRING_TOO_LONG);
  }

  private static void assertLimit(FormatException e, Reason reason) {
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    assertThat(e.getCause()).isInstanceOfSatisfying(JsonLimits.LimitExceeded.class,
        limit -> assertThat(limit.reason).isEqualTo(reason));
    assertThat(e.location().getLine()).as(e.getMessage()).isPresent();
  }

  @Test
  void theByteLimitIsCheckedBelowJackson() {
    byte[] json = JsonTesting.write(SampleDocuments.huaiyuan2024()).getBytes(StandardCharsets.UTF_8);
    FormatException e = fails(json, ReadOptions.builder().maxDocumentBytes(10_000).build());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getCause()).isInstanceOf(FormatException.class); // LimitedInputStream's, located by the parser
  }

  // -------------------------------------------------------------------------------- encoding

  @Test
  void invalidUtf8IsFoundInTheBytesAtTheFailure() {
    List<byte[]> bad = List.of(
        bytes(HEAD + "\"title\":\"ab", 0xC3, 0x28, "\"}"), // a lead byte without its continuation
        bytes(HEAD + "\"title\":\"ab", 0x80, "\"}"), // a lone continuation byte
        bytes(HEAD + "\"title\":\"ab", 0xC0, 0x80, "\"}"), // an overlong encoding
        bytes(HEAD + "\"title\":\"ab", 0xF8, 0x80, 0x80, 0x80, "\"}"), // not a UTF-8 byte at all
        bytes(HEAD + "\"title\":\"ab", 0xED, 0xA0, 0x80, "\"}"), // an encoded surrogate
        bytes(HEAD + "\"ti", 0xC3, 0x28, "tle\":\"x\"}"), // in a field name
        bytes(0xEF, 0xBB, 0xBF, HEAD + "\"title\":\"ab", 0xC3, 0x28, "\"}"), // after a byte order mark
        bytes(HEAD + "\"title\":\"" + "中文".repeat(9_000) + "ab", 0xC3, 0x28, "\"}")); // past the first buffers
    for (byte[] json : bad) {
      FormatException e = fails(json);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.INVALID_ENCODING);
      assertThat(e.getCause()).isExactlyInstanceOf(StreamReadException.class);
      assertThat(e.location().getJsonPointer()).isPresent();
    }
  }

  @Test
  void invalidUtf32IsJacksonsCharConversionFailure() {
    byte[] json = bytes(0, 0, 0, '{', 0, 0, 0, '"', 0, 0x11, 0xD8, 0, 0, 0, 0, '"', 0, 0, 0, '}');
    FormatException e = fails(json);
    assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(e.getCause()).isInstanceOf(JacksonIOException.class).hasCauseInstanceOf(CharConversionException.class);
  }

  @Test
  void syntaxErrorsNextToValidUtf8AreMalformed() {
    for (String json : List.of(HEAD + "\"title\":\"中文\" x}", HEAD + "\"title\":中文}", HEAD + "\"title\":\"中文\"\"x\"}",
        HEAD + "\"title\":\"" + "中文".repeat(9_000) + "\" x}")) {
      FormatException e = fails(json);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getCause()).isInstanceOf(StreamReadException.class);
    }
  }

  @Test
  void messagesNoLongerDecide() {
    // Jackson's messages quote these tokens; the words once meant encoding, number and truncation
    for (String token : List.of("UTF8", "NaNa", "Infinityx", "INF", "EOF")) {
      FormatException e = fails(HEAD + "\"year\":" + token + "}");
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains(token);
    }
  }

  // ---------------------------------------------------------------------------------- numbers

  @Test
  void nanAndInfinityAreRefusedByTokenWhereverTheyStand() {
    for (String value : List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-INF", "+INF")) {
      FormatException year = fails(HEAD + "\"year\":" + value + "}");
      assertThat(year.reason()).as(value).isEqualTo(Reason.INVALID_NUMBER);
      assertThat(year.getCause()).as(value).isNull();
      assertThat(year.location().getJsonPointer()).contains("/year");
      assertThat(fails(HEAD + "\"title\":" + value + "}").reason()).as(value).isEqualTo(Reason.INVALID_NUMBER);
      assertThat(fails(HEAD + "\"listEntries\":[{\"sequence\":1,\"name\":\"x\",\"amount\":" + value + "}]}").reason())
          .as(value).isEqualTo(Reason.INVALID_NUMBER);
    }
    ReadOptions lenient =
        ReadOptions.builder().with(JsonReadOptions.builder().ignoreUnknownFields(true).build()).build();
    FormatException skipped = fails(bytes(HEAD + "\"extra\":{\"a\":[1,2,NaN]}}"), lenient);
    assertThat(skipped.reason()).isEqualTo(Reason.INVALID_NUMBER);
    assertThat(skipped.location().getJsonPointer()).contains("/extra/a/2");
    assertThat(fails(bytes(HEAD + "\"extra\":{\"a\":[1,2.5,-3e2]},\"title\":7}"), lenient).reason())
        .as("ordinary numbers in a skipped field pass").isEqualTo(Reason.WRONG_TYPE);
    String batch = "NaN\n";
    try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.hasNext()).as("a failure to hand over").isTrue();
      assertThatThrownBy(reader::next).isInstanceOfSatisfying(FormatException.class,
          e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_NUMBER));
      assertThat(reader.hasNext()).as("nothing after the one line").isFalse();
    }
  }

  // ----------------------------------------------------------------------- the reader's checks

  @Test
  void duplicateKeysAndTrailingContentAreTheReadersOwnChecks() {
    FormatException duplicate = fails(HEAD + "\"title\":\"a\",\"title\":\"b\"}");
    assertThat(duplicate.reason()).isEqualTo(Reason.DUPLICATE_KEY);
    assertThat(duplicate.getCause()).isNull();
    String valid = JsonTesting.write(SampleDocuments.huaiyuan2024());
    FormatException second = fails(valid + "{}");
    assertThat(second.reason()).isEqualTo(Reason.TRAILING_CONTENT);
    assertThat(second.getCause()).isNull();
    FormatException word = fails(valid + "x");
    assertThat(word.reason()).isEqualTo(Reason.TRAILING_CONTENT);
    assertThat(word.getCause()).isExactlyInstanceOf(StreamReadException.class);
  }

  @Test
  void aFailingStreamIsAnIoError() {
    InputStream failing = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream((HEAD + "\"title\":\"").getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("the disk went away");
          }
        })));
    FormatException e = catchThrowableOfType(FormatException.class, () -> JsonTesting.READER.readDisclosure(failing));
    assertThat(e.reason()).isEqualTo(Reason.IO_ERROR);
    assertThat(e.getCause()).isInstanceOf(JacksonIOException.class).hasRootCauseMessage("the disk went away");
  }

  // ----------------------------------------------------------------------------- WatchedInput

  @Test
  void watchedInputKeepsTheBytesBeforeTheParsersPosition() throws IOException {
    byte[] good = "中文abc".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[good.length + 1];
    System.arraycopy(good, 0, input, 0, good.length);
    input[good.length] = (byte) 0x80;
    try (WatchedInput watched = new WatchedInput(new ByteArrayInputStream(input))) {
      byte[] buffer = new byte[7_919]; // reads that wrap around the ring at odd places
      while (watched.read(buffer, 0, buffer.length) > 0) {
        assertThat(watched.invalidUtf8Before(1)).as("bytes no longer kept").isFalse();
        assertThat(watched.ended()).isFalse();
      }
      assertThat(watched.ended()).isTrue();
      assertThat(watched.invalidUtf8Before(input.length)).isTrue();
      assertThat(watched.invalidUtf8Before(input.length - 1)).isFalse();
      assertThat(watched.invalidUtf8Before(input.length - 100)).isFalse();
      assertThat(watched.invalidUtf8Before(-1)).isFalse();
      assertThat(watched.invalidUtf8Before(input.length + 1)).isFalse();
    }
  }
}
