package io.github.jixiao.docx;

import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds .docx-like zips for tests, including hostile ones. */
final class Zips {
  static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  /** The content types of a package whose main part is word/document.xml. */
  static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  /** Package relationships naming word/document.xml as the main part. */
  static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      + "Target=\"word/document.xml\"/></Relationships>";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes);

  static Zips create() {
    return new Zips();
  }

  /** A zip holding the package parts of a Word document (content types, relationships); add word/document.xml. */
  static Zips word() {
    return create().entry("[Content_Types].xml", CONTENT_TYPES).entry("_rels/.rels", RELS);
  }

  /** A document.xml around a body. */
  static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>" + body
        + "</w:body></w:document>";
  }

  Zips entry(String name, String content) {
    return entry(name, content.getBytes(StandardCharsets.UTF_8));
  }

  Zips entry(String name, byte[] content) {
    try {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** An entry made of a prefix, {@code count} copies of a filler and a suffix, streamed in. */
  Zips entry(String name, String prefix, String filler, long count, String suffix) {
    try {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(prefix.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = filler.repeat(Math.max(1, 65536 / Math.max(1, filler.length()))).getBytes(StandardCharsets.UTF_8);
      long perChunk = 65536 / Math.max(1, filler.length());
      long written = 0;
      while (written + perChunk <= count) {
        zip.write(chunk);
        written += perChunk;
      }
      zip.write(filler.repeat((int) (count - written)).getBytes(StandardCharsets.UTF_8));
      zip.write(suffix.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** An entry made of a prefix, {@code blocks} blocks made by a function of their index, and a suffix, streamed in. */
  Zips entry(String name, String prefix, java.util.function.IntFunction<String> block, int blocks, String suffix) {
    try {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(prefix.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < blocks; i++) {
        zip.write(block.apply(i).getBytes(StandardCharsets.UTF_8));
      }
      zip.write(suffix.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  byte[] bytes() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] fixture() {
    return SampleDocuments.huaiyuan2024Docx();
  }

  /** The parts of the sample document, in archive order. */
  static Map<String, byte[]> fixtureParts() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(fixture()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** A zip of parts, in their order. */
  static byte[] zip(Map<String, byte[]> parts) {
    Zips zips = create();
    parts.forEach(zips::entry);
    return zips.bytes();
  }

  /** The sample document with its word/document.xml edited. */
  static byte[] fixtureWithDocument(UnaryOperator<String> edit) {
    Map<String, byte[]> parts = fixtureParts();
    String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    String edited = edit.apply(document);
    if (edited.equals(document)) {
      throw new AssertionError("the edit changed nothing");
    }
    parts.put("word/document.xml", edited.getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }
}
