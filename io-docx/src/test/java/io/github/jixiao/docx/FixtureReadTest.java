package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The word-processor-made fixture reads into exactly the testkit's seed sample. */
class FixtureReadTest {
  private static InputStream fixture() {
    return new ByteArrayInputStream(SampleDocuments.huaiyuan2024Docx());
  }

  @Test
  void readsExactlyTheSeedSample() throws IOException {
    Disclosure read;
    try (InputStream in = fixture()) {
      read = new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(in);
    }
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(read.getTitle()).isEqualTo(seed.getTitle());
    assertThat(read.getListEntries()).isEqualTo(seed.getListEntries());
    for (int i = 0; i < seed.getItems().size(); i++) {
      assertThat(read.getItems().get(i)).as("sheet %d", i).isEqualTo(seed.getItems().get(i));
    }
    assertThat(read).isEqualTo(seed);
  }

  @Test
  void placesEveryCellOfTheFixture() throws IOException {
    ReadResult<Disclosure> result;
    try (InputStream in = fixture()) {
      result = new DocxFormat().reader(ReadOptions.defaults()).read(in);
    }
    assertThat(result.warnings()).isEmpty();
    assertThat(result.value()).isEqualTo(SampleDocuments.huaiyuan2024());
  }

  @Test
  void strictReadingOfTheFixtureSucceeds() throws IOException {
    try (InputStream in = fixture()) {
      assertThat(new DocxFormat().reader(ReadOptions.builder().strict(true).build()).readDisclosure(in))
          .isEqualTo(SampleDocuments.huaiyuan2024());
    }
  }

  /** DocumentReader's contract: the caller's stream stays open, so a zip of several documents reads on. */
  @Test
  void leavesTheCallersStreamOpen() throws IOException {
    byte[] docx = fixture().readAllBytes();
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (String name : List.of("a.docx", "b.docx")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(docx);
        zip.closeEntry();
      }
    }
    List<Disclosure> read = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
      while (in.getNextEntry() != null) {
        read.add(new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(in));
      }
    }
    assertThat(read).containsExactly(SampleDocuments.huaiyuan2024(), SampleDocuments.huaiyuan2024());
  }

  @Test
  void streamsTheSheets() throws IOException {
    List<BudgetItem> items = new ArrayList<>();
    try (ItemReader reader = new DocxFormat().reader(ReadOptions.defaults()).readItems(fixture())) {
      reader.forEachRemaining(items::add);
    }
    assertThat(items).isEqualTo(SampleDocuments.huaiyuan2024().getItems());
  }
}
