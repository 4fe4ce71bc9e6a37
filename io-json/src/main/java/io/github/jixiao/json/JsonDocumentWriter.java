package io.github.jixiao.json;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** Writes the JSON format: UTF-8, indented single documents, batches as JSON Lines or an array. */
final class JsonDocumentWriter implements DocumentWriter {
  private final WriteOptions options;
  private final JsonWriteOptions json;
  private final JsonFactory factory;

  JsonDocumentWriter(WriteOptions options, JsonWriteOptions json) {
    this.options = options;
    this.json = json;
    this.factory =
        JsonFactory.builder().rootValueSeparator("").disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    Objects.requireNonNull(disclosure, "disclosure");
    write(out, g -> new ModelEncoder(g).rootDisclosure(disclosure));
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    Objects.requireNonNull(item, "item");
    write(out, g -> new ModelEncoder(g).rootItem(item));
  }

  private void write(OutputStream out, java.util.function.Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(options.isPretty() ? PrettyPrinting.PRETTY : PrettyPrinting.COMPACT, out)) {
      body.accept(g);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
    }
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    Objects.requireNonNull(out, "out");
    boolean array = json.getBatchLayout() == JsonWriteOptions.BatchLayout.ARRAY;
    JsonGenerator g = factory.createGenerator(array && options.isPretty() ? PrettyPrinting.PRETTY : PrettyPrinting.COMPACT, out);
    if (array) {
      g.writeStartArray();
    }
    return new ItemWriter() {
      @Override
      public void write(BudgetItem item) {
        Objects.requireNonNull(item, "item");
        try {
          new ModelEncoder(g).rootItem(item);
          if (!array) {
            g.writeRaw('\n');
          }
        } catch (JacksonException e) {
          throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        }
      }

      @Override
      public void close() {
        try {
          if (array) {
            g.writeEndArray();
            g.writeRaw('\n');
          }
          g.close();
          out.close();
        } catch (JacksonException e) {
          throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

}
