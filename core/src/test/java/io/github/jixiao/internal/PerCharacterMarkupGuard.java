package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;

/**
 * The guard as it was before its fast paths: every character through the state machine, one at a
 * time. Kept as the model {@link MarkupGuardRunsTest} holds the guard to.
 *
 * <p>Original description:
 * Bounds what an XML parser holds whole before it returns an event: a start tag with all its
 * attributes, one attribute value, a comment, a processing instruction, a CDATA section, a
 * declaration. The JDK's StAX parser hands text over in pieces but buffers each of these entire, so
 * a 200 MB attribute in a 3 MB .docx would exhaust the heap; this scanner sees every character
 * before the parser does and stops at the limits its reader was given. It only tells where
 * markup begins and ends — well-formedness is the parser's business — and counts lines and
 * columns for the error location.
 */
final class PerCharacterMarkupGuard {
  private enum State { TEXT, OPEN, BANG, TAG, COMMENT, PI, CDATA, DECLARATION }

  private final String part;
  private final int maxMarkup;
  private final int maxAttribute;
  private State state = State.TEXT;
  private final StringBuilder bang = new StringBuilder(7);
  private long length;
  private long attribute;
  private char quote;
  private int brackets;
  private char previous;
  private char beforePrevious;
  private int line = 1;
  private int column;

  PerCharacterMarkupGuard(String part, int maxMarkup, int maxAttribute) {
    this.part = part;
    this.maxMarkup = maxMarkup;
    this.maxAttribute = maxAttribute;
  }

  /** Scans characters the parser is about to read. */
  void scan(char[] chars, int offset, int count) throws OfficeZip.FormatIoException {
    for (int i = offset; i < offset + count; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      step(c);
      beforePrevious = previous;
      previous = c;
    }
  }

  /** The line and column of the last character scanned, in the part. */
  FormatLocation.Builder location() {
    return FormatLocation.builder().entry(part).line(line).column(Math.max(1, column));
  }

  private void step(char c) throws OfficeZip.FormatIoException {
    if (state == State.TEXT) {
      if (c == '<') {
        state = State.OPEN;
        length = 1;
      }
      return;
    }
    if (++length > maxMarkup) {
      throw new OfficeZip.FormatIoException(new FormatException(Reason.TOO_LARGE, location().build(),
          what() + " longer than the limit of " + maxMarkup + " characters"));
    }
    switch (state) {
      case OPEN:
        if (c == '!') {
          state = State.BANG;
          bang.setLength(0);
        } else if (c == '?') {
          state = State.PI;
        } else {
          state = State.TAG;
          quote = 0;
          tag(c);
        }
        break;
      case BANG:
        bang.append(c);
        if (bang.toString().equals("--")) {
          state = State.COMMENT;
        } else if (bang.toString().equals("[CDATA[")) {
          state = State.CDATA;
        } else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
          state = State.DECLARATION;
          quote = 0;
          brackets = 0;
          declaration(c);
        }
        break;
      case TAG:
        tag(c);
        break;
      case COMMENT:
        // "--->" is not well-formed; the parser says so, here it ends the comment
        if (c == '>' && previous == '-' && beforePrevious == '-' && length > 6) {
          state = State.TEXT;
        }
        break;
      case PI:
        if (c == '>' && previous == '?' && length > 3) {
          state = State.TEXT;
        }
        break;
      case CDATA:
        if (c == '>' && previous == ']' && beforePrevious == ']') {
          state = State.TEXT;
        }
        break;
      case DECLARATION:
        declaration(c);
        break;
      default:
        break;
    }
  }

  private void tag(char c) throws OfficeZip.FormatIoException {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else if (++attribute > maxAttribute) {
        throw new OfficeZip.FormatIoException(new FormatException(Reason.STRING_TOO_LONG, location().build(),
            "an attribute value longer than the limit of " + maxAttribute + " characters"));
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      attribute = 0;
    } else if (c == '>') {
      state = State.TEXT;
    }
  }

  private void declaration(char c) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      brackets++;
    } else if (c == ']') {
      brackets--;
    } else if (c == '>' && brackets <= 0) {
      state = State.TEXT;
    }
  }

  private String what() {
    switch (state) {
      case COMMENT:
        return "a comment";
      case PI:
        return "a processing instruction";
      case CDATA:
        return "a CDATA section";
      case DECLARATION:
        return "a declaration";
      default:
        return "a tag with its attributes";
    }
  }
}
