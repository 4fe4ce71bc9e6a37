package io.github.jixiao.testformat;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A format module the command-line tool has never heard of, as a third party would write one:
 * gzip-compressed JSON ({@code .jgz}), a disclosure or a batch of items one a line. It is listed in
 * this test class path's {@code META-INF/services/io.github.jixiao.format.FormatProvider} and
 * nowhere else; it says nothing about its capabilities, so it reads and writes everything.
 */
public final class GzipJsonFormat implements FormatProvider {
  private static final JsonFormat JSON = new JsonFormat();

  /** For {@link java.util.ServiceLoader}. */
  public GzipJsonFormat() {}

  @Override
  public String id() {
    return "json-gz";
  }

  @Override
  public List<String> extensions() {
    return List.of("jgz");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/x-jixiao-json+gzip");
  }

  @Override
  public boolean matches(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  @Override
  public boolean holdsDisclosure(InputStream in) {
    return JSON.holdsDisclosure(gunzip(in));
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    DocumentReader json = JSON.reader(options);
    return new DocumentReader() {
      @Override
      public Disclosure readDisclosure(InputStream in) {
        return json.readDisclosure(gunzip(in));
      }

      @Override
      public Disclosure readDisclosure(InputStream in, Consumer<? super ReadWarning> warnings) {
        return json.readDisclosure(gunzip(in), warnings);
      }

      @Override
      public BudgetItem readItem(InputStream in) {
        return json.readItem(gunzip(in));
      }

      @Override
      public ItemReader readItems(InputStream in) {
        return json.readItems(gunzip(in));
      }

      @Override
      public ItemReader readItems(InputStream in, Consumer<? super ReadWarning> warnings) {
        return json.readItems(gunzip(in), warnings);
      }
    };
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    DocumentWriter json = JSON.writer(options, "jsonl");
    return new DocumentWriter() {
      @Override
      public void writeDisclosure(Disclosure disclosure, OutputStream out) {
        try (GZIPOutputStream gz = gzip(out)) {
          json.writeDisclosure(disclosure, gz);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void writeItem(BudgetItem item, OutputStream out) {
        try (GZIPOutputStream gz = gzip(out)) {
          json.writeItem(item, gz);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public ItemWriter openItems(OutputStream out) {
        try {
          return json.openItems(new GZIPOutputStream(out));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** Compresses into the caller's stream, which closing the result leaves open. */
  private static GZIPOutputStream gzip(OutputStream out) throws IOException {
    return new GZIPOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    });
  }

  /** Decompresses the caller's stream; closing the result (as a batch reader does) closes it too. */
  private static InputStream gunzip(InputStream in) {
    try {
      return new GZIPInputStream(in);
    } catch (IOException e) {
      throw new FormatException(FormatException.Reason.NOT_THIS_FORMAT, FormatLocation.unknown(), "not gzip: " + e.getMessage(), e);
    }
  }
}
