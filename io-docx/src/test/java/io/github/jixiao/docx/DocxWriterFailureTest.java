package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the Word writer fails: the caller's stream failing is an {@link UncheckedIOException} (what
 * {@code DocumentWriter} documents), anything failing inside POI a {@link FormatException} ({@code
 * WRITER_BUG}) — never POI's own {@code OpenXML4JRuntimeException}, which is what POI throws when
 * the stream it saves to fails.
 */
class DocxWriterFailureTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();
  private static final BudgetItem FIRST = SEED.getItems().get(0);

  /** A stream that fails at the first byte, as a full disk or a dropped connection does. */
  private static final class FailingStream extends OutputStream {
    boolean closed;

    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void poiItselfThrowsItsRuntimeExceptionWhenTheStreamItSavesToFails() {
    // the integrator's case: POI wraps the stream's IOException into its own runtime exception
    assertThatThrownBy(() -> new XWPFDocument().write(new FailingStream()))
        .isInstanceOf(OpenXML4JRuntimeException.class);
  }

  @Test
  void poiFailingWhileSavingIsAFormatException() {
    FormatException e = catchThrowableOfType(
        () -> DocxDocumentWriter.save(new XWPFDocument(), DocxWriteOptions.defaults(), new FailingStream()));
    assertThat(e.reason()).isEqualTo(Reason.WRITER_BUG);
    assertThat(e.location().getJsonPointer()).contains("");
    assertThat(e.getCause()).isInstanceOf(OpenXML4JRuntimeException.class);
    assertThat(e.getMessage()).contains("Apache POI failed");
  }

  @Test
  void aDocumentPoiHasClosedIsAFormatException() throws IOException {
    XWPFDocument closed = new XWPFDocument();
    closed.close();
    FormatException e = catchThrowableOfType(
        () -> DocxDocumentWriter.save(closed, DocxWriteOptions.defaults(), new ByteArrayOutputStream()));
    assertThat(e.reason()).isEqualTo(Reason.WRITER_BUG);
    assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessageContaining("closed");
  }

  @Test
  void theCallersFailingStreamIsAnUncheckedIoExceptionWithItsCause() {
    for (Throwable t : new Throwable[] {
        catchThrowable(() -> DocxTesting.WRITER.writeDisclosure(SEED, new FailingStream())),
        catchThrowable(() -> DocxTesting.WRITER.writeItem(FIRST, new FailingStream())),
        catchThrowable(() -> {
          try (ItemWriter batch = DocxTesting.WRITER.openItems(new FailingStream())) {
            batch.write(FIRST);
          }
        })}) {
      assertThat(t).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
      assertThat(t).hasNoSuppressedExceptions();
      assertThat(causes(t)).noneMatch(c -> c.getClass().getName().startsWith("org.apache."));
    }
  }

  @Test
  void aClosedFileStreamIsAnUncheckedIoException(@TempDir Path dir) throws IOException {
    OutputStream out = Files.newOutputStream(dir.resolve("closed.docx"));
    out.close();
    assertThatThrownBy(() -> DocxTesting.WRITER.writeItem(FIRST, out)).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aBatchClosesItsStreamOnceAndRefusesItemsAfterwards() {
    FailingStream out = new FailingStream();
    ItemWriter batch = DocxTesting.WRITER.openItems(out);
    batch.write(FIRST);
    assertThatThrownBy(batch::close).isInstanceOf(UncheckedIOException.class);
    assertThat(out.closed).isTrue();
    batch.close(); // again: nothing more to write, and no exception of POI's
    assertThatThrownBy(() -> batch.write(FIRST)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aBatchClosedTwiceWritesItsDocumentOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ItemWriter batch = DocxTesting.WRITER.openItems(out);
    batch.write(FIRST);
    batch.close();
    int size = out.size();
    batch.close();
    assertThat(size).isPositive();
    assertThat(out.size()).isEqualTo(size);
  }

  private static FormatException catchThrowableOfType(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(FormatException.class);
    return (FormatException) t;
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> all = new ArrayList<>();
    for (Throwable c = t; c != null && !all.contains(c); c = c.getCause()) {
      all.add(c);
    }
    return all;
  }
}
