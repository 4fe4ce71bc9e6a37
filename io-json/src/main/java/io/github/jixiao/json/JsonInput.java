package io.github.jixiao.json;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.internal.Texts;
import java.io.CharConversionException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * A Jackson parser with the reading vocabulary of the decoder — expect an object, iterate its
 * fields, read typed values — where every failure becomes a {@link FormatException} with line,
 * column and JSON Pointer.
 *
 * <p>Failures are classified by what they are, never by Jackson's wording: the end of input by
 * {@link UnexpectedEndOfInputException}, no token where one belongs, or a syntax error after the
 * parser ran out of input ({@link WatchedInput#ended()}); a limit by the {@link
 * JsonLimits.LimitExceeded} that names it; an encoding error by the bytes at the failure ({@link
 * WatchedInput#invalidUtf8Before(long)}) or a {@link CharConversionException} (UTF-32); NaN and
 * Infinity by their token (the parser accepts them so that the reader can refuse them by name);
 * duplicate keys by the reader's own check; I/O by {@link JacksonIOException}. Any other syntax
 * error is malformed, and any failure while looking for another root value is trailing content.
 */
final class JsonInput {
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private final JsonParser parser;
  private final JsonReadOptions options;
  private final WatchedInput watched;
  // The field names of each open object, to refuse duplicates. Checked here rather than by
  // Jackson's STRICT_DUPLICATE_DETECTION, whose hash sets cost a sixth of the reading time; the
  // arrays are reused from object to object. An object with more fields than an array holds
  // (only unknown fields, when they are skipped, get there) moves to a tree ordered by the text:
  // a scan per field would be quadratic, and a hash set's cost depends on hash codes that a
  // hostile document can make collide.
  private static final int SCANNED_FIELDS = 16;
  private String[][] seen = new String[8][];
  private int[] seenCount = new int[8];
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TreeSet<String>[] manyFields = new TreeSet[8];
  private int open = -1;
  // Where the parser's input starts in the whole input: a line of JSON Lines has a parser of its own,
  // and a failure at the end of that line (past its '\n', by the parser's count) is on that line.
  private final boolean oneLine;
  private final long lineBase;
  private final long byteBase;

  JsonInput(JsonParser parser, JsonReadOptions options, WatchedInput watched) {
    this.parser = parser;
    this.options = options;
    this.watched = watched;
    this.oneLine = false;
    this.lineBase = 0;
    this.byteBase = 0;
  }

  /**
   * An input of one line, line {@code lineBase + 1} starting at byte {@code byteBase} of the whole
   * input; locations are given in the whole input.
   */
  JsonInput(JsonParser parser, JsonReadOptions options, WatchedInput watched, long lineBase, long byteBase) {
    this.parser = parser;
    this.options = options;
    this.watched = watched;
    this.oneLine = true;
    this.lineBase = lineBase;
    this.byteBase = byteBase;
  }

  /** Advances to the next token; the end of input where a value belongs is truncation. */
  JsonToken next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw translate(e);
    }
    if (token == null) {
      throw error(Reason.TRUNCATED, "the input ends in the middle of the document");
    }
    return refuseNonNumbers(token);
  }

  /**
   * NaN and Infinity are not JSON; the parser lets them through as numbers so that they are
   * refused here, by token, wherever they stand (also in skipped values).
   */
  private JsonToken refuseNonNumbers(JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.isNaN()) {
      throw error(Reason.INVALID_NUMBER, text() + " is not a JSON number");
    }
    return token;
  }

  /** Advances past the end of a root value: there must be nothing more, or another root value. */
  JsonToken nextRoot() {
    try {
      JsonToken token = parser.nextToken();
      return token == null ? null : refuseNonNumbers(token);
    } catch (JacksonException e) {
      FormatException translated = translate(e);
      if (translated.reason() == Reason.MALFORMED || translated.reason() == Reason.TRUNCATED) {
        throw new FormatException(Reason.TRAILING_CONTENT, translated.location(),
            "content after the end of the document: " + translated.detail(), e);
      }
      throw translated;
    }
  }

  JsonToken current() {
    return parser.currentToken();
  }

  /** The current token must start an object; its field names are then checked for duplicates. */
  void expectObject(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(what + " must be an object");
    }
    open++;
    if (open == seen.length) {
      seen = Arrays.copyOf(seen, open * 2);
      seenCount = Arrays.copyOf(seenCount, open * 2);
      manyFields = Arrays.copyOf(manyFields, open * 2);
    }
    if (seen[open] == null) {
      seen[open] = new String[SCANNED_FIELDS];
    }
    seenCount[open] = 0;
    manyFields[open] = null;
  }

  /** The current token must start an array. */
  void expectArray(String what) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(what + " must be an array");
    }
  }

  /**
   * Moves to the next field of the current object and to its value.
   *
   * @return the field name, or null at the end of the object
   */
  String nextField() {
    JsonToken token = next();
    if (token == JsonToken.END_OBJECT) {
      open--;
      return null;
    }
    String name = parser.currentName();
    remember(name);
    next();
    return name;
  }

  private void remember(String name) {
    if (open < 0) {
      return;
    }
    TreeSet<String> many = manyFields[open];
    if (many != null) {
      if (!many.add(name)) {
        throw duplicate(name);
      }
      return;
    }
    String[] names = seen[open];
    int count = seenCount[open];
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        throw duplicate(name);
      }
    }
    if (count == names.length) {
      many = new TreeSet<>(Arrays.asList(names));
      many.add(name);
      manyFields[open] = many;
      return;
    }
    names[count] = name;
    seenCount[open] = count + 1;
  }

  private FormatException duplicate(String name) {
    return error(Reason.DUPLICATE_KEY, "duplicate field \"" + name + "\"");
  }

  /** Moves to the next element of the current array; false at its end. */
  boolean nextElement() {
    return next() != JsonToken.END_ARRAY;
  }

  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  String string(String field) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("\"" + field + "\" must be a string");
    }
    return text();
  }

  int integer(String field) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("\"" + field + "\" must be an integer");
    }
    String text = text();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error(Reason.INVALID_NUMBER, "\"" + field + "\" is out of range: " + Texts.cut(text));
    }
  }

  boolean bool(String field) {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrongType("\"" + field + "\" must be true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A decimal written as a string ("24.37", keeping its scale) or as a plain JSON number. */
  BigDecimal decimal(String field) {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("\"" + field + "\" must be a decimal string such as \"24.37\"");
    }
    String text = text();
    if (text.length() > options.getMaxNumberLength()) {
      throw error(Reason.NUMBER_TOO_LONG, "\"" + field + "\" has " + text.length()
          + " characters, more than the limit of " + options.getMaxNumberLength());
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw error(Reason.INVALID_NUMBER, "\"" + field + "\" is not a decimal number: \"" + Texts.cut(text) + "\"");
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() == 0 && text.charAt(0) == '-') {
      // A decimal of the model has no sign when it is zero: read as 0, "-0.00" would be written
      // back as "0.00", so it is refused rather than changed.
      throw error(Reason.INVALID_NUMBER, "\"" + field + "\" is a negative zero, \"" + text
          + "\", which the model cannot keep as written; write \"" + value.toPlainString() + "\"");
    }
    return value;
  }

  private String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** Skips the current value (and everything inside it), token by token, refusing NaN there too. */
  void skipValue() {
    if (!parser.currentToken().isStructStart()) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken token = next();
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    }
  }

  /** An unknown field: an error, or skipped when the options say so. */
  void unknownField(String field, String where) {
    if (!options.isIgnoreUnknownFields()) {
      throw error(Reason.UNKNOWN_FIELD, "unknown field \"" + Texts.cut(field) + "\" in " + where);
    }
    skipValue();
  }

  FormatException missing(String field, String where) {
    return error(Reason.MISSING_FIELD, "missing required field \"" + field + "\" in " + where);
  }

  FormatException wrongType(String detail) {
    return error(Reason.WRONG_TYPE, detail + ", found " + describe(parser.currentToken()));
  }

  FormatException error(Reason reason, String detail) {
    return new FormatException(reason, location(parser.currentTokenLocation()), detail);
  }

  FormatException error(Reason reason, String detail, Throwable cause) {
    return new FormatException(reason, location(parser.currentTokenLocation()), detail, cause);
  }

  private FormatLocation location(TokenStreamLocation at) {
    FormatLocation.Builder b = FormatLocation.builder().jsonPointer(pointer());
    if (at != null && at.getLineNr() > 0) {
      b.line((int) Math.min(Integer.MAX_VALUE, (oneLine ? 1 : at.getLineNr()) + lineBase));
      if (!oneLine || at.getLineNr() == 1) {
        b.column(at.getColumnNr());
      }
    }
    if (at != null && at.getByteOffset() >= 0) {
      b.byteOffset(at.getByteOffset() + byteBase);
    }
    return b.build();
  }

  private String pointer() {
    try {
      // A hostile key could make a pointer of any length: each key is cut.
      return Texts.cutEach(parser.streamReadContext().pathAsPointer().toString(), "/");
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Jackson's failures, classified by type (see the class comment); the message is only shown. */
  FormatException translate(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() <= 0 && at.getByteOffset() < 0) {
      at = parser.currentLocation(); // Jackson's limit failures carry no location
    }
    String message = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
    return new FormatException(classify(e, at), location(at), Texts.cut(firstLine(message)), e);
  }

  private Reason classify(JacksonException e, TokenStreamLocation at) {
    if (e instanceof UnexpectedEndOfInputException) {
      return Reason.TRUNCATED;
    }
    if (e instanceof JsonLimits.LimitExceeded) {
      return ((JsonLimits.LimitExceeded) e).reason;
    }
    if (e instanceof StreamConstraintsException) {
      return Reason.TOO_LARGE;
    }
    if (e instanceof JacksonIOException) {
      return e.getCause() instanceof CharConversionException ? Reason.INVALID_ENCODING : Reason.IO_ERROR;
    }
    if (e instanceof StreamReadException && watched != null) {
      if (watched.invalidUtf8Before(at.getByteOffset())) {
        return Reason.INVALID_ENCODING;
      }
      if (watched.ended()) {
        return Reason.TRUNCATED; // a syntax error only because the input stopped (after a comma, in "tru")
      }
    }
    return Reason.MALFORMED;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
