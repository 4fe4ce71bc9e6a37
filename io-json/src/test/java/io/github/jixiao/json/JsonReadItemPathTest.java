package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readItem(Path)} on the JSON format: a file holding one item reads as that item; the errors name the file. */
class JsonReadItemPathTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  @Test
  void aFileHoldingOneItemReadsAsThatItem(@TempDir Path dir) throws IOException {
    BudgetItem item = SEED.getItems().get(2);
    Path file = dir.resolve("item.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      JsonTesting.WRITER.writeItem(item, out);
    }
    assertThat(JsonTesting.READER.readItem(file)).isEqualTo(item);
  }

  @Test
  void aFileHoldingADisclosureIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.json");
    JsonTesting.WRITER.writeDisclosure(SEED, file);
    FormatException e = catchThrowableOfType(() -> JsonTesting.READER.readItem(file), FormatException.class);
    assertThat(e.location().getSource()).contains(file.toString());
    assertThat(e.getMessage()).startsWith(file.toString());
  }

  @Test
  void aMissingFileIsAnIoErrorNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    FormatException e = catchThrowableOfType(() -> JsonTesting.READER.readItem(missing), FormatException.class);
    assertThat(e.reason()).isEqualTo(Reason.IO_ERROR);
    assertThat(e.location().getSource()).contains(missing.toString());
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    assertThatNullPointerException().isThrownBy(() -> JsonTesting.READER.readItem((Path) null)).withMessage("file");
  }

  @Test
  void truncatedJsonNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\n\"formatVersion\": \"1\",\n");
    FormatException e = catchThrowableOfType(() -> JsonTesting.READER.readItem(file), FormatException.class);
    assertThat(e.location().getSource()).contains(file.toString());
    assertThat(e.location().getLine()).isPresent();
  }
}
