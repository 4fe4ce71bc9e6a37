package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real word processor opens what we write: LibreOffice converts our documents to PDF without
 * error, and the .docx it saves from them reads back to the same model. Skipped where LibreOffice
 * is not installed, unless {@code JIXIAO_REQUIRE_LIBREOFFICE} is set (as CI does), then it fails.
 */
class LibreOfficeTest {
  private static final long TIMEOUT_SECONDS = 300;

  @Test
  void libreOfficeOpensOurDocumentsAndSavesThemBackTheSame(@TempDir Path dir) throws Exception {
    String soffice = findSoffice();
    List<Disclosure> documents = new ArrayList<>();
    documents.add(SampleDocuments.huaiyuan2024());
    documents.addAll(JixiaoArbitraries.disclosures().sampleStream().limit(2).collect(Collectors.toList()));

    Path written = Files.createDirectories(dir.resolve("written"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Path file = written.resolve("doc" + i + ".docx");
      Files.write(file, DocxTesting.write(documents.get(i)));
      files.add(file.toString());
    }

    Path pdf = Files.createDirectories(dir.resolve("pdf"));
    convert(soffice, dir, "pdf", pdf, files);
    Path resaved = Files.createDirectories(dir.resolve("resaved"));
    convert(soffice, dir, "docx:MS Word 2007 XML", resaved, files);

    for (int i = 0; i < documents.size(); i++) {
      Path pdfFile = pdf.resolve("doc" + i + ".pdf");
      assertThat(pdfFile).exists();
      byte[] head = Files.readAllBytes(pdfFile);
      assertThat(new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
      Disclosure back = DocxTesting.read(Files.readAllBytes(resaved.resolve("doc" + i + ".docx")));
      assertThat(back).as("document %d as saved by LibreOffice", i).isEqualTo(documents.get(i));
    }
  }

  static void convert(String soffice, Path dir, String target, Path outdir, List<String> files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("profile-" + UUID.randomUUID()).toUri(),
        "--convert-to", target, "--outdir", outdir.toString()));
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice-" + UUID.randomUUID() + ".log").toFile()).start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("soffice finished within %d s", TIMEOUT_SECONDS).isTrue();
    assertThat(process.exitValue()).as("soffice exit code").isZero();
  }

  static String findSoffice() {
    String soffice = sofficeOnPath();
    if (soffice != null) {
      return soffice;
    }
    boolean required = System.getenv("JIXIAO_REQUIRE_LIBREOFFICE") != null;
    assertThat(required).as("JIXIAO_REQUIRE_LIBREOFFICE is set but soffice is not on the PATH").isFalse();
    assumeTrue(false, "LibreOffice (soffice) is not installed");
    return null;
  }

  /** soffice on the PATH, or null. */
  static String sofficeOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"soffice", "libreoffice"}) {
        File candidate = new File(dir, name);
        if (candidate.canExecute()) {
          return candidate.getPath();
        }
      }
    }
    return null;
  }
}
