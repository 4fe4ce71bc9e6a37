package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException.Reason;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * 标记守卫 (markup guard) with its fast paths over text and tags: for any characters, cut into any
 * pieces, it stops where the guard that took every character through its state machine stops —
 * same reason, same message, same line and column — and otherwise ends at the same place.
 */
class MarkupGuardRunsTest {
  @Property(tries = 2000)
  void stopsWhereThePerCharacterGuardStops(@ForAll("markup") String xml, @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 40) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 60) int maxMarkup, @ForAll @IntRange(min = 1, max = 12) int maxAttribute) {
    MarkupGuard guard = new MarkupGuard("part.xml", maxMarkup, maxAttribute);
    PerCharacterMarkupGuard model = new PerCharacterMarkupGuard("part.xml", maxMarkup, maxAttribute);
    char[] chars = xml.toCharArray();
    int at = 0;
    int piece = 0;
    while (at < chars.length) {
      int n = Math.min(chars.length - at, cuts.isEmpty() ? chars.length : cuts.get(piece++ % cuts.size()));
      int from = at;
      String expected = outcome(() -> model.scan(chars, from, n));
      String actual = outcome(() -> guard.scan(chars, from, n));
      assertThat(actual).isEqualTo(expected);
      if (expected.startsWith("stopped")) {
        return;
      }
      assertThat(guard.location().build()).isEqualTo(model.location().build());
      at += n;
    }
  }

  @Test
  void aLongAttributeInOnePieceStopsAtItsFirstCharacterPastTheLimit() {
    char[] chars = "<c r=\"abcdefgh\"/>".toCharArray();
    MarkupGuard guard = new MarkupGuard("sheet1.xml", 1000, 5);
    assertThatThrownBy(() -> guard.scan(chars, 0, chars.length))
        .isInstanceOfSatisfying(OfficeZip.FormatIoException.class, e -> {
          assertThat(e.formatException.reason()).isEqualTo(Reason.STRING_TOO_LONG);
          assertThat(e.formatException.location().getColumn()).hasValue(12); // the sixth character of the value
        });
  }

  @Test
  void textAndTagsOnSeveralLinesEndOnTheLastColumn() throws Exception {
    char[] chars = "<a>\n  <b x='1'>t</b>\n</a>".toCharArray();
    MarkupGuard guard = new MarkupGuard("p.xml", 100, 100);
    guard.scan(chars, 0, chars.length);
    assertThat(guard.location().build().getLine()).hasValue(3);
    assertThat(guard.location().build().getColumn()).hasValue(4);
  }

  private interface Scan {
    void run() throws OfficeZip.FormatIoException;
  }

  /** "scanned", or "stopped" with the failure's reason, detail and location. */
  private static String outcome(Scan scan) {
    try {
      scan.run();
      return "scanned";
    } catch (OfficeZip.FormatIoException e) {
      return "stopped " + e.formatException.reason() + " " + e.formatException.detail() + " " + e.formatException.location();
    }
  }

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> pieces = Arbitraries.of("<", ">", "\"", "'", "!", "-", "--", "?", "[", "]", "[CDATA[", "]]>", "-->",
        "?>", "<!--", "<![CDATA[", "<?x", "<!DOCTYPE a [", "\n", "a", "bc", " ", "=", "/", "键", "<c r=\"A1\">", "</c>");
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }
}
