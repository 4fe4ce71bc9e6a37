package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readItem(Path)}: a Word file of one sheet is an item; any other file is refused, naming it. */
class ReadItemPathTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  @Test
  void aFileOfOneSheetReadsAsThatItem(@TempDir Path dir) throws IOException {
    BudgetItem second = SEED.getItems().get(1);
    Path file = Files.write(dir.resolve("一张表.docx"), DocxTesting.write(second));
    assertThat(DocxTesting.READER.readItem(file)).isEqualTo(second);
    DocumentReader found = FormatRegistry.discover(getClass().getClassLoader()).forFile(file).orElseThrow()
        .reader(ReadOptions.defaults());
    assertThat(found.readItem(file)).isEqualTo(second);
  }

  @Test
  void aFileOfManySheetsIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("county.docx"), DocxTesting.write(SEED));
    FormatException e = catchThrowableOfType(() -> DocxTesting.READER.readItem(file), FormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED_LAYOUT);
    assertThat(e.location().getSource()).contains(file.toString());
    assertThat(e.getMessage()).contains("found " + SEED.getItems().size());
  }

  @Test
  void aFileThatIsNotThereIsAnIoError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.docx");
    FormatException e = catchThrowableOfType(() -> DocxTesting.READER.readItem(missing), FormatException.class);
    assertThat(e.location().getSource()).contains(missing.toString());
    assertThatNullPointerException().isThrownBy(() -> DocxTesting.READER.readItem((Path) null)).withMessage("file");
  }

  @Test
  void aFileThatIsNotWordIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("text.docx"), "not a zip");
    FormatException e = catchThrowableOfType(() -> DocxTesting.READER.readItem(file), FormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
    assertThat(e.location().getSource()).contains(file.toString());
  }
}
