package io.github.jixiao.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSym;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * What the writer needs from POI, in one place: tables with a grid (LibreOffice ignores widths
 * without one), cells spanning grid columns, vertical merges (restart, then a bare continue with
 * an empty paragraph), and runs in Chinese fonts set for East Asian text too.
 */
final class WordTables {
  static final String BODY_FONT = "仿宋";
  static final String TITLE_FONT = "宋体";

  private WordTables() {}

  /** A table with a fixed grid of column widths (twips); rows are added with {@link #row}. */
  static XWPFTable table(XWPFDocument doc, int[] widths) {
    XWPFTable table = doc.createTable();
    CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    table.setWidth(Integer.toString(total));
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    grid.setGridColArray(new CTTblGridCol[0]);
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    // createTable() made one row with one cell: the first row() call takes it over.
    return table;
  }

  /** One cell of a row to write: its text, how many grid columns it spans, and its vertical merge. */
  record CellSpec(String text, int span, STMerge.Enum merge, boolean bold) {
    static CellSpec of(String text) {
      return new CellSpec(text, 1, null, false);
    }

    static CellSpec of(String text, int span) {
      return new CellSpec(text, span, null, false);
    }

    CellSpec restart() {
      return new CellSpec(text, span, STMerge.RESTART, bold);
    }

    CellSpec continued() {
      return new CellSpec("", span, STMerge.CONTINUE, bold);
    }
  }

  /** Appends a row of cells; widths come from the grid columns each cell spans. */
  static void row(XWPFTable table, int[] widths, List<CellSpec> cells) {
    XWPFTableRow row = table.getNumberOfRows() == 1 && isUntouched(table.getRow(0)) ? table.getRow(0) : table.createRow();
    while (row.getTableCells().size() > 0) {
      row.removeCell(0);
    }
    int column = 0;
    for (CellSpec spec : cells) {
      XWPFTableCell cell = row.addNewTableCell();
      int width = 0;
      for (int i = column; i < column + spec.span() && i < widths.length; i++) {
        width += widths[i];
      }
      cell.setWidth(Integer.toString(width));
      CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      if (spec.span() > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
      }
      if (spec.merge() != null) {
        if (spec.merge() == STMerge.RESTART) {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        } else {
          pr.addNewVMerge();
        }
      }
      pr.addNewVAlign().setVal(STVerticalJc.CENTER);
      text(cell, spec.text(), spec.bold());
      column += spec.span();
    }
  }

  private static boolean isUntouched(XWPFTableRow row) {
    return row.getTableCells().size() == 1 && row.getCell(0).getText().isEmpty()
        && !row.getCell(0).getCTTc().isSetTcPr();
  }

  /**
   * Writes text into a cell: one paragraph per line (the reader joins a cell's paragraphs with line
   * breaks), tabs kept, whitespace at the ends of the text as symbols ({@link SymbolSpace}).
   */
  static void text(XWPFTableCell cell, String text, boolean bold) {
    while (cell.getParagraphs().size() > 0) {
      cell.removeParagraph(0);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = cell.addParagraph();
      p.setSpacingAfter(0);
      p.setSpacingBefore(0);
      run(p, lines[i], BODY_FONT, 10.5, bold, i == 0, i == lines.length - 1);
    }
  }

  /**
   * A run in a Chinese font, set for ASCII, other Latin and East Asian text alike. Tabs become
   * {@code w:tab} and line breaks {@code w:br}, as Word writes them, and every text element keeps
   * its spaces ({@code xml:space="preserve"}), so that the reader gets back the same characters.
   * Whitespace at the start or the end of the text (when it is the start or the end of the cell's or
   * paragraph's text) is written as symbols ({@code w:sym}), which the reader keeps where it trims
   * typed whitespace ({@link SymbolSpace}).
   */
  static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold, boolean symbolsAtStart,
      boolean symbolsAtEnd) {
    XWPFRun run = p.createRun();
    CTR r = run.getCTR();
    int lead = 0;
    while (symbolsAtStart && lead < text.length() && SymbolSpace.isSymbolSpace(text.charAt(lead))) {
      lead++;
    }
    int tail = text.length();
    while (symbolsAtEnd && tail > lead && SymbolSpace.isSymbolSpace(text.charAt(tail - 1))) {
      tail--;
    }
    symbols(r, text.substring(0, lead), font);
    int start = lead;
    for (int i = lead; i <= tail; i++) {
      char ch = i < tail ? text.charAt(i) : 0;
      if (i < tail && ch != '\t' && ch != '\n') {
        continue;
      }
      if (i > start) {
        // POI's setText(text, pos) cannot address text after two tabs in a row: write the elements
        CTText t = r.addNewT();
        t.setStringValue(text.substring(start, i));
        t.setSpace(SpaceAttribute.Space.PRESERVE);
      }
      if (ch == '\t') {
        r.addNewTab();
      } else if (ch == '\n') {
        r.addNewBr();
      }
      start = i + 1;
    }
    symbols(r, text.substring(tail), font);
    run.setBold(bold);
    run.setFontSize(size);
    CTRPr pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setEastAsia(font);
    fonts.setCs(font);
    return run;
  }

  /** Whitespace characters as {@code w:sym} elements, each naming its character in hexadecimal. */
  private static void symbols(CTR r, String spaces, String font) {
    for (int i = 0; i < spaces.length(); i++) {
      char ch = spaces.charAt(i);
      CTSym sym = r.addNewSym();
      sym.setFont(font);
      sym.setChar(new byte[] {(byte) (ch >> 8), (byte) ch});
    }
  }

  /** A paragraph of the document body. */
  static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment align, double size, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    run(p, text, TITLE_FONT, size, bold, true, true);
    return p;
  }
}
