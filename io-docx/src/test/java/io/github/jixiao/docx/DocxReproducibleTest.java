package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The same document gives the same bytes: nothing in a written document comes from the clock, and
 * its document properties are those of {@link DocxWriteOptions}.
 */
class DocxReproducibleTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  @Test
  void twoWritesOfTheSampleAreByteIdentical() {
    byte[] first = DocxTesting.write(SEED);
    byte[] second = DocxTesting.write(SEED);
    assertThat(second).isEqualTo(first);
    assertThat(DocxTesting.write(SEED.getItems().get(1))).isEqualTo(DocxTesting.write(SEED.getItems().get(1)));
    assertThat(batch(DocxTesting.WRITER, SEED)).isEqualTo(batch(DocxTesting.WRITER, SEED));
    // and the sample written with the writer of another format registry instance gives the same bytes
    assertThat(write(new DocxFormat().writer(WriteOptions.defaults()), SEED)).isEqualTo(first);
  }

  @Test
  void nothingComesFromTheClock() {
    // byte equality alone passes when two writes fall into the same second; these do not
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    Map<String, String> texts = unzip(DocxTesting.write(SEED), entries);
    assertThat(entries.values()).allSatisfy(e -> {
      assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
      assertThat(e.getLastModifiedTime().toMillis()).isEqualTo(e.getTime());
      assertThat(e.getExtra()).isNull();
    });
    assertThat(texts.get("docProps/core.xml")).doesNotContain("dcterms:created").doesNotContain("dcterms:modified")
        .contains("<dc:creator>Jixiao</dc:creator>").doesNotContain("Apache POI");
    assertThat(texts.get("docProps/app.xml")).contains("<Application>Jixiao</Application>").doesNotContain("Apache POI");
  }

  @Test
  void theOptionsSetTheDocumentProperties() {
    DocxWriteOptions properties = DocxWriteOptions.builder().creator("怀远县财政局").title("2024年项目支出绩效目标")
        .lastModifiedBy("预算科 & <审核>").revision("3").application("绩效 1.0")
        .created(Instant.parse("2024-03-01T08:00:00Z")).modified(Instant.parse("2024-03-02T09:30:15.750Z")).build();
    DocumentWriter writer = DocxTesting.FORMAT.writer(WriteOptions.builder().with(properties).build());
    byte[] docx = write(writer, SEED);
    Map<String, String> texts = unzip(docx, new LinkedHashMap<>());
    assertThat(texts.get("docProps/core.xml"))
        .contains("<dc:creator>怀远县财政局</dc:creator>")
        .contains("<dc:title>2024年项目支出绩效目标</dc:title>")
        .contains("<cp:lastModifiedBy>预算科 &amp; &lt;审核&gt;</cp:lastModifiedBy>")
        .contains("<cp:revision>3</cp:revision>")
        .contains(">2024-03-01T08:00:00Z</dcterms:created>")
        .contains(">2024-03-02T09:30:15Z</dcterms:modified>");
    assertThat(texts.get("docProps/app.xml")).contains("<Application>绩效 1.0</Application>");
    // the properties are the writer's only difference: the document reads the same
    assertThat(DocxTesting.read(docx)).isEqualTo(SEED);
    assertThat(write(writer, SEED)).isEqualTo(docx).isNotEqualTo(DocxTesting.write(SEED));
  }

  @Test
  void emptyCreatorAndApplicationAreLeftOut() {
    DocxWriteOptions none = DocxWriteOptions.builder().creator("").application("").build();
    Map<String, String> texts = unzip(write(DocxTesting.FORMAT.writer(WriteOptions.builder().with(none).build()), SEED),
        new LinkedHashMap<>());
    assertThat(texts.get("docProps/core.xml")).doesNotContain("dc:creator>").doesNotContain("dc:title>");
    assertThat(texts.getOrDefault("docProps/app.xml", "")).doesNotContain("Application");
  }

  private static byte[] write(DocumentWriter writer, Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeDisclosure(d, out);
    return out.toByteArray();
  }

  private static byte[] batch(DocumentWriter writer, Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ItemWriter items = writer.openItems(out)) {
      d.getItems().forEach(items::write);
    }
    return out.toByteArray();
  }

  /** The texts of a zip's entries by name, and the entries themselves into {@code entries}. */
  static Map<String, String> unzip(byte[] zip, Map<String, ZipEntry> entries) {
    Map<String, String> texts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      List<String> names = new ArrayList<>();
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        texts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        entries.put(e.getName(), e);
      }
      assertThat(names).contains("docProps/core.xml", "word/document.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
