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
    LimitedInputStream limited = new LimitedInputStream(in, options.getMaxDocumentBytes());
    WatchedInput watched = new WatchedInput(limited);
    JsonParser parser;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), watched);
    } catch (JacksonException e) {
      closeQuietly(in);
      throw unlocated(e);
    }
    return new BatchReader(parser, limited, watched, in);
  }

  /**
   * A batch: a JSON array of items, or JSON Lines (root objects one after another). Reads one
   * item ahead so that {@link #hasNext()} can answer.
   */
  private final class BatchReader implements ItemReader {
    private final JsonParser parser;
    private final LimitedInputStream limited;
    private final InputStream source;
    private final JsonInput input;
    private Boolean array;
    private BudgetItem next;
    private boolean done;

    BatchReader(JsonParser parser, LimitedInputStream limited, WatchedInput watched, InputStream source) {
      this.parser = parser;
      this.limited = limited;
      this.source = source;
      this.input = new JsonInput(parser, json, watched);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
        done = next == null;
      }
      return next != null;
    }

    @Override
    public BudgetItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      BudgetItem item = next;
      next = null;
      return item;
    }

    private BudgetItem advance() {
      try {
        limited.restartWindow();
        JsonToken token = array == null || !array ? input.nextRoot() : input.next();
        if (array == null) {
          if (token == null) {
            return null; // an empty JSON Lines batch
          }
          array = token == JsonToken.START_ARRAY;
          if (array) {
            token = input.next();
          }
        }
        if (array && token == JsonToken.END_ARRAY) {
          if (input.nextRoot() != null) {
            throw input.error(Reason.TRAILING_CONTENT, "content after the end of the array");
          }
          return null;
        }
        if (token == null) {
          return null;
        }
        return new ModelDecoder(input).rootItem();
      } catch (JacksonException e) {
        close();
        throw input.translate(e);
      } catch (FormatException e) {
        close();
        throw located(e, input);
      }
    }

    @Override
    public void close() {
      done = true;
      try {
        parser.close();
      } catch (JacksonException e) {
        // closing a parser that failed; the source is closed below
      } finally {
        closeQuietly(source);
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
