package io.github.jixiao.docx.zoo;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a format-neutral layout (paragraphs and tables of {@link LayoutCell}s) as the bytes of a
 * .docx file, writing the WordprocessingML itself, so that tests of a .docx reader can feed it the
 * shapes that real word processors produce without going through the product's writer or POI.
 *
 * <p>What a word processor shows is fixed by the layout: a paragraph's {@code \n} is a line break
 * ({@code w:br}), a cell's {@code \n} starts a new paragraph in the cell, a {@code \t} is a tab
 * ({@code w:tab}). Each table has one {@code w:gridCol} per grid column and one {@code w:tr} per grid
 * row; a cell spanning columns has a {@code w:gridSpan} (or, in the legacy style, {@code w:hMerge}
 * restart/continue cells), a cell spanning rows a {@code w:vMerge="restart"} followed by bare {@code
 * w:vMerge} continuation cells holding one empty paragraph; uncovered grid positions are empty cells;
 * the first {@code headerRows} rows are marked {@code w:tblHeader}. Two tables that follow each other
 * are separated by one empty paragraph, since word processors join adjacent tables into one.
 *
 * <p>The {@link Style} only changes how this is spelled — runs split inside words, run properties,
 * proofing marks, bookmarks, revision ids, content controls around cells, legacy horizontal merges —
 * never what is shown.
 */
public final class LayoutDocxRenderer {
  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  /** The text width of an A4 page with 1-inch margins, in twentieths of a point. */
  private static final int TEXT_WIDTH = 9026;

  private LayoutDocxRenderer() {}

  /**
   * How the WordprocessingML is spelled. None of it changes the text or the grid a word processor
   * shows.
   *
   * @param splitRuns split each line at random points into several {@code w:r}, also inside words
   * @param runProperties give some runs and paragraphs {@code w:rPr}/{@code w:pPr} (bold, fonts,
   *     sizes, spacing, alignment), as Word and WPS do
   * @param proofErrors put {@code w:proofErr} spelling/grammar marks around some runs
   * @param bookmarks put {@code w:bookmarkStart}/{@code w:bookmarkEnd} between some runs
   * @param preserveSpace put {@code xml:space="preserve"} on every {@code w:t}, not just where the
   *     text's spaces need it
   * @param rsids put revision ids ({@code w:rsidR} and friends) on rows, paragraphs and runs
   * @param contentControls wrap some rows' cells in a {@code w:sdt}/{@code w:sdtContent}
   * @param legacyHMerge write horizontal merges as {@code w:hMerge} restart/continue cells instead of
   *     {@code w:gridSpan}
   * @param seed the seed of the random choices the flags above call for
   */
  public record Style(
      boolean splitRuns,
      boolean runProperties,
      boolean proofErrors,
      boolean bookmarks,
      boolean preserveSpace,
      boolean rsids,
      boolean contentControls,
      boolean legacyHMerge,
      long seed) {

    /** The plainest spelling: one run per line, no decoration, merges with {@code w:gridSpan}. */
    public static Style plain() {
      return new Style(false, false, false, false, false, false, false, false, 0L);
    }

    /** Every variation at once. */
    public static Style messy(long seed) {
      return new Style(true, true, true, true, true, true, true, true, seed);
    }

    /** Each variation on or off at random, with a random seed. */
    public static Style random(Random random) {
      return new Style(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
          random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextLong());
    }
  }

  /**
   * Renders the blocks as a .docx file.
   *
   * @param blocks the layout in reading order
   * @param style how to spell it
   * @return the bytes of the .docx file
   * @throws IllegalArgumentException if a table has no cells or overlapping cells, or a text has a
   *     character XML cannot carry (controls other than tab and line feed, including {@code \r})
   */
  public static byte[] render(List<? extends LayoutBlock> blocks, Style style) {
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(style, "style");
    Body body = new Body(style);
    String document = body.document(blocks);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      entry(zip, "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + REL_NS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + R_NS + "/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      entry(zip, "word/document.xml", document);
      entry(zip, "word/_rels/document.xml.rels", XML_DECLARATION + "<Relationships xmlns=\"" + REL_NS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + R_NS + "/settings\" Target=\"settings.xml\"/>"
          + "</Relationships>");
      entry(zip, "word/settings.xml", body.settings());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String contentTypes() {
    return XML_DECLARATION + "<Types xmlns=\"" + CT_NS + "\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "</Types>";
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Escapes text for element content and attribute values, refusing what XML 1.0 cannot carry. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          boolean ok;
          if (Character.isHighSurrogate(ch)) {
            ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (ok) {
              b.append(ch).append(text.charAt(++i));
              continue;
            }
          } else {
            ok = ch == '\t' || ch == '\n' || (ch >= 0x20 && ch < 0xD800) || (ch > 0xDFFF && ch < 0xFFFE);
          }
          if (!ok) {
            throw new IllegalArgumentException(String.format(
                "character U+%04X at %d cannot be written in WordprocessingML text: %s", (int) ch, i, text));
          }
          b.append(ch);
        }
      }
    }
    return b.toString();
  }

  /** The body of one document being written, and the random choices of its style. */
  private static final class Body {
    private static final String[] RUN_PROPERTIES = {
      "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>",
      "<w:rPr><w:b/></w:rPr>",
      "<w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:b/><w:bCs/><w:sz w:val=\"24\"/>"
          + "<w:szCs w:val=\"24\"/></w:rPr>",
      "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
          + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr>",
      "<w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hint=\"eastAsia\"/><w:color w:val=\"000000\"/>"
          + "<w:kern w:val=\"0\"/><w:sz w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>",
    };
    private static final String[] PARAGRAPH_PROPERTIES = {
      "<w:pPr><w:jc w:val=\"center\"/></w:pPr>",
      "<w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:pPr>",
      "<w:pPr><w:widowControl/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"left\"/>"
          + "<w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:pPr>",
    };

    private final Style style;
    private final Random random;
    private final List<String> rsids = new ArrayList<>();
    private int nextBookmark;
    private int openBookmark = -1;

    Body(Style style) {
      this.style = style;
      this.random = new Random(style.seed());
      if (style.rsids()) {
        Set<String> pool = new LinkedHashSet<>();
        int size = 2 + random.nextInt(5);
        while (pool.size() < size) {
          pool.add(String.format("00%06X", random.nextInt(0x1000000)));
        }
        rsids.addAll(pool);
      }
    }

    String document(List<? extends LayoutBlock> blocks) {
      StringBuilder b = new StringBuilder(XML_DECLARATION);
      b.append("<w:document xmlns:w=\"").append(W_NS).append("\" xmlns:r=\"").append(R_NS).append("\"><w:body>");
      boolean afterTable = false;
      for (LayoutBlock block : blocks) {
        Objects.requireNonNull(block, "block");
        if (block instanceof LayoutParagraph p) {
          bodyParagraph(b, p.text());
          afterTable = false;
        } else if (block instanceof LayoutTable t) {
          if (afterTable) {
            b.append("<w:p").append(paragraphRsids()).append("/>");
          }
          table(b, t);
          afterTable = true;
        }
      }
      b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
          .append("<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\"")
          .append(" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>");
      return b.append("</w:body></w:document>").toString();
    }

    String settings() {
      StringBuilder b = new StringBuilder(XML_DECLARATION);
      b.append("<w:settings xmlns:w=\"").append(W_NS).append("\">");
      if (!rsids.isEmpty()) {
        b.append("<w:rsids><w:rsidRoot w:val=\"").append(rsids.get(0)).append("\"/>");
        for (String rsid : rsids) {
          b.append("<w:rsid w:val=\"").append(rsid).append("\"/>");
        }
        b.append("</w:rsids>");
      }
      return b.append("</w:settings>").toString();
    }

    // ---- paragraphs and runs

    /** A paragraph outside tables: its lines separated by line breaks. */
    private void bodyParagraph(StringBuilder b, String text) {
      String[] lines = text.split("\n", -1);
      openParagraph(b);
      for (int i = 0; i < lines.length; i++) {
        runs(b, lines[i], i > 0);
      }
      closeParagraph(b);
    }

    /** A paragraph inside a cell: one line. */
    private void cellParagraph(StringBuilder b, String line) {
      openParagraph(b);
      runs(b, line, false);
      closeParagraph(b);
    }

    /** A paragraph with nothing in it, as vertical-merge continuation and filler cells hold. */
    private void emptyParagraph(StringBuilder b) {
      b.append("<w:p").append(paragraphRsids()).append("/>");
    }

    private void openParagraph(StringBuilder b) {
      b.append("<w:p").append(paragraphRsids()).append('>');
      if (style.runProperties() && random.nextInt(3) == 0) {
        b.append(PARAGRAPH_PROPERTIES[random.nextInt(PARAGRAPH_PROPERTIES.length)]);
      }
    }

    private void closeParagraph(StringBuilder b) {
      if (openBookmark >= 0) {
        b.append("<w:bookmarkEnd w:id=\"").append(openBookmark).append("\"/>");
        openBookmark = -1;
      }
      b.append("</w:p>");
    }

    /** The runs of one line, after a line break if {@code breakBefore}. */
    private void runs(StringBuilder b, String line, boolean breakBefore) {
      List<String> chunks = chunks(line);
      boolean breakPending = breakBefore;
      if (breakPending && (chunks.isEmpty() || !style.splitRuns() || random.nextBoolean())) {
        b.append("<w:r").append(runRsids()).append("><w:br/></w:r>");
        breakPending = false;
      }
      for (String chunk : chunks) {
        between(b);
        boolean proof = style.proofErrors() && random.nextInt(4) == 0;
        String proofKind = random.nextBoolean() ? "spell" : "gram";
        if (proof) {
          b.append("<w:proofErr w:type=\"").append(proofKind).append("Start\"/>");
        }
        b.append("<w:r").append(runRsids()).append('>');
        if (style.runProperties() && random.nextInt(3) == 0) {
          b.append(RUN_PROPERTIES[random.nextInt(RUN_PROPERTIES.length)]);
        }
        if (breakPending) {
          b.append("<w:br/>");
          breakPending = false;
        }
        runContent(b, chunk);
        b.append("</w:r>");
        if (proof) {
          b.append("<w:proofErr w:type=\"").append(proofKind).append("End\"/>");
        }
      }
      between(b);
    }

    /** Bookmark marks between runs, when the style asks for them. */
    private void between(StringBuilder b) {
      if (!style.bookmarks() || random.nextInt(4) != 0) {
        return;
      }
      if (openBookmark >= 0) {
        b.append("<w:bookmarkEnd w:id=\"").append(openBookmark).append("\"/>");
        openBookmark = -1;
      } else if (random.nextBoolean()) {
        int id = nextBookmark++;
        b.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"").append(bookmarkName(id)).append("\"/>");
        b.append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
      } else {
        openBookmark = nextBookmark++;
        b.append("<w:bookmarkStart w:id=\"").append(openBookmark).append("\" w:name=\"")
            .append(bookmarkName(openBookmark)).append("\"/>");
      }
    }

    private static String bookmarkName(int id) {
      return id == 0 ? "_GoBack" : "_Toc" + (100000 + id);
    }

    /** A run's text: {@code w:t} pieces with {@code w:tab} for each tab. */
    private void runContent(StringBuilder b, String chunk) {
      String[] pieces = chunk.split("\t", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          b.append("<w:tab/>");
        }
        String piece = pieces[i];
        if (piece.isEmpty()) {
          continue;
        }
        b.append("<w:t");
        if (style.preserveSpace() || needsPreserve(piece)) {
          b.append(" xml:space=\"preserve\"");
        }
        b.append('>').append(escape(piece)).append("</w:t>");
      }
    }

    private static boolean needsPreserve(String text) {
      return text.startsWith(" ") || text.endsWith(" ") || text.contains("  ");
    }

    /** The line cut into runs: at random code-point boundaries if the style splits runs. */
    private List<String> chunks(String line) {
      if (line.isEmpty()) {
        return List.of();
      }
      if (!style.splitRuns()) {
        return List.of(line);
      }
      List<String> chunks = new ArrayList<>();
      int start = 0;
      for (int i = line.offsetByCodePoints(0, 1); i < line.length(); i = line.offsetByCodePoints(i, 1)) {
        if (random.nextInt(3) == 0) {
          chunks.add(line.substring(start, i));
          start = i;
        }
      }
      chunks.add(line.substring(start));
      return chunks;
    }

    private String paragraphRsids() {
      if (rsids.isEmpty()) {
        return "";
      }
      String attributes = " w:rsidR=\"" + rsid() + "\" w:rsidRDefault=\"" + rsid() + "\"";
      return random.nextBoolean() ? attributes : attributes + " w:rsidP=\"" + rsid() + "\"";
    }

    private String runRsids() {
      if (rsids.isEmpty()) {
        return "";
      }
      return random.nextBoolean() ? " w:rsidR=\"" + rsid() + "\"" : " w:rsidRPr=\"" + rsid() + "\"";
    }

    private String rsid() {
      return rsids.get(random.nextInt(rsids.size()));
    }

    // ---- tables

    private void table(StringBuilder b, LayoutTable table) {
      int rows = table.rowCount();
      int columns = table.columnCount();
      if (rows == 0 || columns == 0) {
        throw new IllegalArgumentException("a table without cells cannot be written: " + table);
      }
      LayoutCell[][] owner = new LayoutCell[rows][columns];
      for (LayoutCell cell : table.cells()) {
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
          for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
            if (owner[r][c] != null) {
              throw new IllegalArgumentException("cells " + owner[r][c] + " and " + cell + " overlap at row " + r
                  + ", column " + c);
            }
            owner[r][c] = cell;
          }
        }
      }
      int columnWidth = Math.max(1, TEXT_WIDTH / columns);
      b.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
      for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
      }
      b.append("</w:tblBorders><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
      for (int c = 0; c < columns; c++) {
        b.append("<w:gridCol w:w=\"").append(columnWidth).append("\"/>");
      }
      b.append("</w:tblGrid>");
      for (int r = 0; r < rows; r++) {
        b.append("<w:tr");
        if (!rsids.isEmpty()) {
          b.append(" w:rsidR=\"").append(rsid()).append("\" w:rsidTr=\"").append(rsid()).append('"');
        }
        b.append('>');
        if (r < table.headerRows()) {
          b.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; ) {
          LayoutCell cell = owner[r][c];
          if (cell == null) {
            cells.add(tc(columnWidth, 1, null, null, null));
            c++;
            continue;
          }
          String vMerge = cell.rowSpan() == 1 ? null : cell.row() == r ? "restart" : "continue";
          String text = cell.row() == r ? cell.text() : null;
          if (cell.columnSpan() > 1 && style.legacyHMerge()) {
            cells.add(tc(columnWidth, 1, "restart", vMerge, text));
            for (int k = 1; k < cell.columnSpan(); k++) {
              cells.add(tc(columnWidth, 1, "continue", vMerge, null));
            }
          } else {
            cells.add(tc(columnWidth * cell.columnSpan(), cell.columnSpan(), null, vMerge, text));
          }
          c += cell.columnSpan();
        }
        int from = -1;
        int to = -1;
        if (style.contentControls() && random.nextInt(3) == 0) {
          from = random.nextInt(cells.size());
          to = from + 1 + random.nextInt(cells.size() - from);
        }
        for (int i = 0; i < cells.size(); i++) {
          if (i == from) {
            int id = random.nextInt(Integer.MAX_VALUE);
            b.append("<w:sdt><w:sdtPr><w:alias w:val=\"单元格").append(id % 100).append("\"/><w:tag w:val=\"cell")
                .append(id % 1000).append("\"/><w:id w:val=\"").append(id).append("\"/></w:sdtPr><w:sdtContent>");
          }
          b.append(cells.get(i));
          if (i == to - 1) {
            b.append("</w:sdtContent></w:sdt>");
          }
        }
        b.append("</w:tr>");
      }
      b.append("</w:tbl>");
    }

    /**
     * One {@code w:tc}.
     *
     * @param width its width in twips
     * @param gridSpan the grid columns it covers
     * @param hMerge null, "restart" or "continue"
     * @param vMerge null, "restart" or "continue"
     * @param text its text, lines joined with {@code \n}; null for one empty paragraph
     */
    private String tc(int width, int gridSpan, String hMerge, String vMerge, String text) {
      StringBuilder b = new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
      if (gridSpan > 1) {
        b.append("<w:gridSpan w:val=\"").append(gridSpan).append("\"/>");
      }
      if (hMerge != null) {
        b.append(hMerge.equals("restart") ? "<w:hMerge w:val=\"restart\"/>" : "<w:hMerge/>");
      }
      if (vMerge != null) {
        b.append(vMerge.equals("restart") ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
      }
      b.append("</w:tcPr>");
      if (text == null) {
        emptyParagraph(b);
      } else {
        for (String line : text.split("\n", -1)) {
          cellParagraph(b, line);
        }
      }
      return b.append("</w:tc>").toString();
    }
  }
}
