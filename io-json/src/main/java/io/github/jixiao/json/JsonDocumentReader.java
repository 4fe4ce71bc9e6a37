package io.github.jixiao.json;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/** Reads the JSON format with the limits of one {@link ReadOptions} and the {@link JsonReadOptions} it carries. */
final class JsonDocumentReader implements DocumentReader {
  private final ReadOptions options;
  private final JsonReadOptions json;
  private final JsonFactory factory;

  JsonDocumentReader(ReadOptions options) {
    this.options = options;
    this.json = JsonReadOptions.of(options);
    this.factory =
        JsonFactory.builder()
            // Jackson's limits, failing with exceptions that say which limit
            .streamReadConstraints(JsonLimits.of(options))
            // NaN and Infinity pass the parser as tokens and are refused by JsonInput, by name
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // duplicate keys are refused by JsonInput, more cheaply
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  @Override
  public Disclosure readDisclosure(InputStream in) {
    return readSingle(in, ModelDecoder::rootDisclosure);
  }

  @Override
  public BudgetItem readItem(InputStream in) {
    return readSingle(in, ModelDecoder::rootItem);
  }

  /** One value of {@link JsonValues#TYPES} at the root, then nothing. */
  <T> T readValue(InputStream in, Class<T> type) {
    return readSingle(in, decoder -> decoder.value(type));
  }

  /** One root value, then nothing. */
  private <T> T readSingle(InputStream in, Function<ModelDecoder, T> root) {
    Objects.requireNonNull(in, "in");
    LimitedInputStream limited = new LimitedInputStream(in, options.getMaxDocumentBytes());
    WatchedInput watched = new WatchedInput(limited);
    JsonInput input = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), watched)) {
      input = new JsonInput(parser, json, watched);
      input.next();
      T value = root.apply(new ModelDecoder(input));
      JsonToken after = input.nextRoot();
      if (after != null) {
        throw input.error(Reason.TRAILING_CONTENT, "content after the end of the document");
      }
      return value;
    } catch (JacksonException e) {
      throw input == null ? unlocated(e) : input.translate(e);
    } catch (FormatException e) {
      throw input == null ? e : located(e, input);
    }
  }

  @Override
  public ItemReader readItems(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new BatchReader(in);
  }

  /**
   * A batch: a JSON array of items, JSON Lines (one item a line), or items spread over lines one
   * after another (a pretty-printed item); {@link LineInput} tells which at the end of the first
   * line. Reads one item ahead so that {@link #hasNext()} can answer. In JSON Lines a line that
   * cannot be read is its own failure: {@link #next()} throws it, and reading goes on with the
   * next line. Anywhere else a failure ends the batch.
   */
  private final class BatchReader implements ItemReader {
    private final LineInput lines;
    private final LimitedInputStream limited;
    private JsonParser parser;
    private JsonInput input;
    private Stage stage = Stage.FIRST;
    private BudgetItem next;
    private FormatException failure;
    private boolean done;

    BatchReader(InputStream source) {
      this.lines = new LineInput(source);
      this.limited = new LimitedInputStream(lines, options.getMaxDocumentBytes());
    }

    /** Where the batch is: which item is read next, and how. */
    private enum Stage { FIRST, AFTER_FIRST, ARRAY, SPREAD, LINES }

    /**
     * A parser over the bytes from here on: the whole batch ({@code lineBase} negative), or one line
     * of JSON Lines, whose locations start at the given line and byte.
     */
    private void open(long lineBase, long byteBase) {
      closeParser();
      WatchedInput watched = new WatchedInput(limited);
      input = null;
      try {
        // the parser reads the first bytes here, to see their encoding
        parser = factory.createParser(ObjectReadContext.empty(), watched);
      } catch (JacksonException e) {
        throw unlocated(e);
      }
      input = lineBase < 0 ? new JsonInput(parser, json, watched) : new JsonInput(parser, json, watched, lineBase, byteBase);
    }

    @Override
    public boolean hasNext() {
      if (next == null && failure == null && !done) {
        fetch();
      }
      return next != null || failure != null;
    }

    @Override
    public BudgetItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      if (failure != null) {
        FormatException f = failure;
        failure = null;
        throw f;
      }
      BudgetItem item = next;
      next = null;
      return item;
    }

    private void fetch() {
      try {
        limited.restartWindow();
        next = advance();
        done = next == null;
      } catch (JacksonException e) {
        fail(input == null ? unlocated(e) : input.translate(e));
      } catch (FormatException e) {
        fail(input == null ? e : located(e, input));
      } catch (IOException e) {
        fail(new FormatException(Reason.IO_ERROR, FormatLocation.builder().line((int) Math.min(Integer.MAX_VALUE, lines.line()))
            .byteOffset(lines.offset()).build(), "cannot read: " + e.getMessage(), e));
      }
    }

    /** Keeps the failure for {@link #next()}; goes on after it only in JSON Lines. */
    private void fail(FormatException e) {
      failure = e;
      boolean lineByLine = stage != Stage.ARRAY && stage != Stage.SPREAD && e.reason() != Reason.IO_ERROR;
      if (lineByLine) {
        try {
          lines.finishLine();
          lineByLine = lines.layout() != LineInput.Layout.WHOLE;
        } catch (IOException | RuntimeException skipping) {
          lineByLine = false;
        }
      }
      if (lineByLine) {
        stage = Stage.LINES;
      } else {
        close();
      }
    }

    private BudgetItem advance() throws IOException {
      switch (stage) {
        case FIRST:
          return first();
        case AFTER_FIRST:
          return afterFirst();
        case ARRAY:
          return inArray();
        case SPREAD:
          return input.nextRoot() == null ? null : new ModelDecoder(input).rootItem();
        default:
          return nextLine();
      }
    }

    private BudgetItem first() {
      open(-1, 0);
      JsonToken token = input.nextRoot();
      if (token == null) {
        return null; // an empty batch: no bytes, or only blank lines
      }
      if (token == JsonToken.START_ARRAY) {
        lines.whole();
        stage = Stage.ARRAY;
        return inArray();
      }
      stage = Stage.AFTER_FIRST;
      return new ModelDecoder(input).rootItem();
    }

    /** Past the first item the layout is known: a line of its own, or spread over lines. */
    private BudgetItem afterFirst() throws IOException {
      JsonToken token = input.nextRoot();
      if (lines.layout() == LineInput.Layout.WHOLE) {
        stage = Stage.SPREAD;
        return token == null ? null : new ModelDecoder(input).rootItem();
      }
      stage = Stage.LINES;
      if (token != null) {
        throw input.error(Reason.TRAILING_CONTENT, "content after the item on its line");
      }
      return nextLine();
    }

    private BudgetItem inArray() {
      JsonToken token = input.next();
      if (token == JsonToken.END_ARRAY) {
        if (input.nextRoot() != null) {
          throw input.error(Reason.TRAILING_CONTENT, "content after the end of the array");
        }
        return null;
      }
      return new ModelDecoder(input).rootItem();
    }

    /** The next non-blank line of JSON Lines, read by a parser of its own. */
    private BudgetItem nextLine() throws IOException {
      while (lines.startLine()) {
        limited.restartWindow();
        open(lines.line() - 1, lines.offset());
        if (input.nextRoot() == null) {
          continue; // a blank line
        }
        BudgetItem item = new ModelDecoder(input).rootItem();
        if (input.nextRoot() != null) {
          throw input.error(Reason.TRAILING_CONTENT, "content after the item on its line");
        }
        return item;
      }
      return null;
    }

    @Override
    public void close() {
      done = true;
      closeParser();
      try {
        lines.close();
      } catch (IOException e) {
        // nothing more can be done about a source that fails to close
      }
    }

    private void closeParser() {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException e) {
          // closing a parser that failed; the source is closed by close()
        }
      }
    }
  }

  /** A failure raised below the parser (the byte limit) gets the parser's location. */
  private static FormatException located(FormatException e, JsonInput input) {
    if (e.location().getJsonPointer().isPresent()) {
      return e;
    }
    FormatException at = input.error(e.reason(), e.detail(), e);
    return at;
  }

  private static FormatException unlocated(JacksonException e) {
    return new FormatException(Reason.MALFORMED, FormatLocation.unknown(), String.valueOf(e.getOriginalMessage()), e);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more can be done about a source that fails to close
    }
  }
}
