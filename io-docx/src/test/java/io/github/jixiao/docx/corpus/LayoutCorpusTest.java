package io.github.jixiao.docx.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.zoo.LayoutDocxRenderer;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.layout.LayoutText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The layout corpus: one folder per layout a reader once got wrong (src/test/resources/corpus/NAME)
 * with the layout as {@link LayoutText} ({@code layout.txt}), the document it must read into
 * ({@code expected.json}), the texts it must report as warnings, one per line ({@code
 * warnings.txt}, absent when there are none), and the rule ids the catalogue reports for it
 * ({@code findings.txt}, sorted, absent when there are none). Each case is read twice: from the
 * layout directly by the form reader, and through Word (rendered by the test renderer, read by the
 * docx reader). {@code -Djixiao.corpus.update=true} writes the expected files from what is read —
 * for a new case, to be reviewed before it is committed.
 */
class LayoutCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final boolean UPDATE = Boolean.getBoolean("jixiao.corpus.update");

  @TestFactory
  Stream<DynamicTest> everyCaseReadsAsExpected() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      cases = dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertThat(cases).as("corpus cases").hasSizeGreaterThanOrEqualTo(10);
    return cases.stream().flatMap(dir -> Stream.of(
        DynamicTest.dynamicTest(dir.getFileName() + " (layout)", () -> check(dir, false)),
        DynamicTest.dynamicTest(dir.getFileName() + " (Word)", () -> check(dir, true))));
  }

  private static void check(Path dir, boolean word) throws IOException {
    List<LayoutBlock> layout = LayoutText.parse(Files.readString(dir.resolve("layout.txt")));
    ReadResult<Disclosure> read = word
        ? new io.github.jixiao.docx.DocxFormat().reader(ReadOptions.defaults())
            .read(new ByteArrayInputStream(LayoutDocxRenderer.render(layout, LayoutDocxRenderer.Style.plain())))
        : FormReader.of(ReadOptions.defaults()).read(layout);
    List<String> warnings = read.warnings().stream().map(ReadWarning::getText).collect(Collectors.toList());
    List<String> findings = RuleSet.catalogue().evaluate(read.value(), Policy.defaults()).getFindings().stream()
        .map(Finding::getRuleId).sorted().collect(Collectors.toList());
    if (UPDATE && !word) {
      Files.writeString(dir.resolve("expected.json"), json(read.value()));
      lines(dir.resolve("warnings.txt"), warnings);
      lines(dir.resolve("findings.txt"), findings);
      return;
    }
    Disclosure expected = new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(dir.resolve("expected.json"));
    assertThat(read.value()).isEqualTo(expected);
    assertThat(warnings).as("warnings %s", read.warnings()).isEqualTo(expectedLines(dir.resolve("warnings.txt")));
    assertThat(findings).isEqualTo(expectedLines(dir.resolve("findings.txt")));
  }

  private static String json(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void lines(Path file, List<String> lines) throws IOException {
    if (lines.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      Files.write(file, lines.stream().map(l -> l.replace("\n", "\\n")).collect(Collectors.toList()));
    }
  }

  private static List<String> expectedLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> l.replace("\\n", "\n"))
        .collect(Collectors.toList());
  }
}
