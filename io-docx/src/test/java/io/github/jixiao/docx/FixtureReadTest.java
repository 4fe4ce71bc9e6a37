package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-processor-made fixture reads into exactly the testkit's seed sample. */
class FixtureReadTest {
  private static InputStream fixture() {
    return FixtureReadTest.class.getResourceAsStream("/huaiyuan-2024.docx");
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
  void streamsTheSheets() throws IOException {
    List<BudgetItem> items = new ArrayList<>();
    try (ItemReader reader = new DocxFormat().reader(ReadOptions.defaults()).readItems(fixture())) {
      reader.forEachRemaining(items::add);
    }
    assertThat(items).isEqualTo(SampleDocuments.huaiyuan2024().getItems());
  }
}
