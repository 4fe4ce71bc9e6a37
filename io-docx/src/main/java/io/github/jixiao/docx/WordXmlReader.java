package io.github.jixiao.docx;

import io.github.jixiao.docx.Blocks.Block;
import io.github.jixiao.docx.Blocks.Paragraph;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.internal.XmlInput;
import io.github.jixiao.internal.XmlPart;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls the body of the main document part ({@code word/document.xml}, or whichever part the
 * package relationships name) as blocks — paragraphs and tables — with StAX, never building a DOM.
 * Text is read as a word processor shows it: runs joined, tabs and breaks kept, fields and
 * hyperlinks included; deleted revisions, field codes, drawings and content-control properties
 * skipped; hidden text ({@code w:vanish}, {@code w:specVanish}, set on the run, or on its character
 * style, paragraph style or the document defaults, see {@link HiddenStyles}) left out and reported as a {@code
 * HIDDEN} warning, a paragraph whose mark is hidden joined to the next; of an {@code
 * mc:AlternateContent} only the first {@code mc:Choice} whose required namespaces the reader
 * understands, else the {@code mc:Fallback}; a {@code w:sym} (and Symbol-font private-use text) as
 * its Unicode character, with an {@code AMBIGUOUS} warning where there is none. Nested tables are
 * emitted after the table that holds them. DTDs are refused; depth, text length, text per table,
 * cell count and (through {@link MarkupGuard}) tags, attributes, comments and processing
 * instructions are limited, so memory is bounded by the limits. Whitespace at the ends of a cell or
 * paragraph is trimmed unless it was inserted as a symbol ({@link SymbolSpace}): Jixiao's writer
 * keeps a value's own edge whitespace that way.
 *
 * <p>The parser's failures are classified by state, never by the parser's wording (which differs
 * between StAX implementations and JDK versions): a failure after the document element has ended is
 * {@code TRAILING_CONTENT}; one after the parser asked for more input than the entry holds is
 * {@code TRUNCATED} (the document ended before it was complete); bytes that are not valid UTF-8
 * (or UTF-16) are {@code INVALID_ENCODING} from the decoder of {@link XmlInput}, with their byte
 * offset, line and column; any other is {@code
 * MALFORMED}. A DTD or an entity reference is {@code HOSTILE} by its event type; a failure of the
 * stream below the parser (a limit of the zip, a damaged entry) keeps the reason it was raised with.
 */
final class WordXmlReader implements AutoCloseable {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** The WordprocessingML namespace of Strict documents (ISO/IEC 29500 Strict). */
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** Elements whose whole subtree holds no text a reader of the form sees. */
  private static final Set<String> SKIPPED =
      Set.of("del", "delText", "instrText", "delInstrText", "sdtPr", "drawing", "pict", "object", "rPr", "pPr",
          "tblPr", "footnoteReference", "endnoteReference", "commentReference", "moveFrom", "customXmlDelRangeStart",
          "tcBorders", "tcMar", "shd", "tblPrEx", "trHeight", "cnfStyle");

  private static final XMLInputFactory FACTORY = XmlPart.newFactory();

  private final XMLStreamReader xml;
  private final XmlInput input;
  private final ReadOptions options;
  private final int maxCells;
  private final long maxTableText;
  private final DocxZip zip;
  private final String part;
  private final Consumer<? super ReadWarning> warnings;
  /** The WordprocessingML namespace of this document: transitional or Strict. */
  private String w = W;
  private final Deque<boolean[]> alternatives = new ArrayDeque<>();
  private final StringBuilder hidden = new StringBuilder();
  private final StringBuilder skipped = new StringBuilder();
  private final HiddenStyles styles;
  /** The run's own w:vanish, null when it has none and its styles decide. */
  private Boolean runVanish;
  private String runStyle;
  private String runFont;
  /** The paragraph mark's own w:vanish, null when it has none and the paragraph style decides. */
  private Boolean markVanish;
  private String paragraphStyle;
  private boolean joinNext;
  private long tableText;
  private int paragraphs;
  private final Deque<TableBuilder> tables = new ArrayDeque<>();
  private final List<Block> ready = new ArrayList<>();
  private final List<Block> nestedTables = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  /** Where the body paragraph being read has whitespace inserted as a symbol ({@link SymbolSpace}). */
  private final BitSet paragraphSymbols = new BitSet();
  private int depth;
  private int tableCount;
  private int cellCount;
  private boolean inText;
  private boolean end;
  /** An element has started; with {@code depth} back at 0, the document element has ended. */
  private boolean started;

  WordXmlReader(DocxZip zip, DocxZip.Entry main, ReadOptions options, Consumer<? super ReadWarning> warnings) {
    this.options = options;
    DocxReadOptions limits = DocxReadOptions.of(options);
    this.maxCells = limits.getMaxCells();
    this.maxTableText = limits.getMaxTableTextLength();
    this.zip = zip;
    this.part = main.name;
    this.warnings = warnings;
    this.styles = HiddenStyles.of(zip, main, options);
    this.input = limits.officeLimits().xml(zip.open(main), part);
    try {
      this.xml = FACTORY.createXMLStreamReader(input);
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    checkDeclaredEncoding();
  }

  /** The name of the part read. */
  String part() {
    return part;
  }

  /** OPC allows UTF-8 and UTF-16 only; a declaration naming another encoding contradicts the bytes read. */
  private void checkDeclaredEncoding() {
    String declared = xml.getCharacterEncodingScheme();
    if (declared == null) {
      return;
    }
    String name = declared.strip().toUpperCase(Locale.ROOT);
    boolean utf16 = name.equals("UTF-16") || name.equals("UTF-16LE") || name.equals("UTF-16BE");
    if (!(name.equals("UTF-8") && !input.isUtf16()) && !(utf16 && input.isUtf16())) {
      throw new FormatException(Reason.INVALID_ENCODING, FormatLocation.builder().entry(part).line(1).build(),
          part + " declares the encoding " + declared + ", but a package part is UTF-8 or UTF-16 (OPC) and its bytes are "
              + (input.isUtf16() ? "UTF-16" : "UTF-8"));
    }
  }

  /** The next block of the body, or null at its end. */
  Block next() {
    try {
      while (ready.isEmpty() && !end) {
        step();
      }
    } catch (FormatException e) {
      throw inThisPart(e);
    }
    return ready.isEmpty() ? null : ready.remove(0);
  }

  /** The table builder names word/document.xml; the part read may have another name. */
  private FormatException inThisPart(FormatException e) {
    if (part.equals(DocxZip.DOCUMENT) || !e.location().getEntry().equals(java.util.Optional.of(DocxZip.DOCUMENT))) {
      return e;
    }
    return new FormatException(e.reason(), FormatLocation.builder().from(e.location()).entry(part).build(), e.detail(), e.getCause());
  }

  private void step() {
    int event;
    try {
      if (!xml.hasNext()) {
        finishDocument();
        return;
      }
      event = xml.next();
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT:
        start();
        break;
      case XMLStreamConstants.END_ELEMENT:
        end();
        break;
      case XMLStreamConstants.CHARACTERS:
      case XMLStreamConstants.CDATA:
      case XMLStreamConstants.SPACE:
        if (inText) {
          text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
        break;
      case XMLStreamConstants.DTD:
      case XMLStreamConstants.ENTITY_REFERENCE:
      case XMLStreamConstants.ENTITY_DECLARATION:
        throw new FormatException(Reason.HOSTILE, here(), "the document declares a DTD or entities, which Word never writes");
      case XMLStreamConstants.END_DOCUMENT:
        finishDocument();
        break;
      default:
        break;
    }
  }

  private void finishDocument() {
    end = true;
    if (!tables.isEmpty()) {
      throw new FormatException(Reason.TRUNCATED, here(), "the document ends inside a table");
    }
    emitParagraph();
  }

  private void start() {
    depth++;
    if (!started) {
      started = true;
      if (W_STRICT.equals(xml.getNamespaceURI())) {
        w = W_STRICT;
      }
    }
    if (depth > options.getMaxDepth()) {
      throw new FormatException(Reason.TOO_DEEP, here(), "elements nest deeper than the limit of " + options.getMaxDepth());
    }
    String ns = xml.getNamespaceURI();
    String name = xml.getLocalName();
    if (MC.equals(ns)) {
      alternative(name);
      return;
    }
    if (!w.equals(ns)) {
      return;
    }
    if (name.equals("rPr") || name.equals("pPr")) {
      properties(name.equals("pPr"));
      return;
    }
    if (SKIPPED.contains(name)) {
      skipSubtree(null);
      return;
    }
    TableBuilder table = tables.peek();
    switch (name) {
      case "tbl":
        if (tables.size() >= options.getMaxDepth()) {
          throw new FormatException(Reason.TOO_DEEP, here(), "tables nest deeper than the limit");
        }
        if (tables.isEmpty()) {
          emitParagraph(); // a paragraph whose mark is hidden still shows before the table
          tableText = 0;
        }
        joinNext = false;
        tables.push(new TableBuilder(tableCount++));
        break;
      case "gridCol":
        if (table != null && table.rowCount() == 0 && !table.inCell()) {
          table.gridColumn();
        }
        break;
      case "tr":
        if (table != null) {
          table.startRow();
        }
        break;
      case "tblHeader":
        if (table != null && !table.inCell() && isOn(xml.getAttributeValue(w, "val"))) {
          table.headerRow();
        }
        break;
      case "gridBefore":
        if (table != null) {
          table.gridBefore(intValue(table, 0));
        }
        break;
      case "tc":
        if (table != null) {
          if (++cellCount > maxCells) {
            throw new FormatException(Reason.TOO_LARGE, table.location(-1),
                "the document has more than " + maxCells + " table cells");
          }
          table.startCell();
          joinNext = false;
        }
        break;
      case "gridSpan":
        if (table != null && table.inCell()) {
          table.cell().span = intValue(table, 1);
        }
        break;
      case "vMerge":
        if (table != null && table.inCell()) {
          table.cell().vertical = merge(xml.getAttributeValue(w, "val"));
        }
        break;
      case "hMerge":
        if (table != null && table.inCell()) {
          table.cell().horizontal = merge(xml.getAttributeValue(w, "val"));
        }
        break;
      case "p":
        markVanish = null;
        paragraphStyle = null;
        if (table != null && table.inCell() && table.cell().text.length() > 0 && !joinNext) {
          separator('\n'); // paragraphs of one cell are lines of its text
        }
        joinNext = false;
        break;
      case "r":
        runVanish = null;
        runStyle = null;
        runFont = null;
        break;
      case "t":
        inText = true;
        break;
      case "sym": {
        // whitespace inserted as a symbol is kept as whitespace (SymbolSpace); any other symbol is
        // its character in the symbol font
        String code = xml.getAttributeValue(w, "char");
        int space = SymbolSpace.spaceOf(code);
        if (space >= 0) {
          symbol(space);
        } else {
          symbol(xml.getAttributeValue(w, "font"), code);
        }
        break;
      }
      case "tab":
        separator('\t');
        break;
      case "br":
      case "cr":
        separator('\n');
        break;
      case "noBreakHyphen":
        separator('-');
        break;
      default:
        break;
    }
  }

  /**
   * Run properties (of a run, or of a paragraph's mark inside {@code w:pPr}): hidden or not, and
   * the font, for symbols. Earlier properties kept with a revision ({@code w:rPrChange}, {@code
   * w:pPrChange}) are not what is shown, and are skipped.
   */
  private void properties(boolean paragraph) {
    int level = 1;
    int revisionLevel = 0;
    boolean inMarkProperties = false;
    try {
      while (level > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          level++;
          checkDepth(level);
          String name = xml.getLocalName();
          boolean wordElement = w.equals(xml.getNamespaceURI());
          if (revisionLevel > 0) {
            continue;
          }
          if (wordElement && (name.equals("rPrChange") || name.equals("pPrChange"))) {
            revisionLevel = level;
          } else if (paragraph && wordElement && name.equals("rPr") && level == 2) {
            inMarkProperties = true;
          } else if (wordElement && (paragraph ? inMarkProperties && level == 3 : level == 2)
              && (name.equals("vanish") || name.equals("specVanish"))) {
            boolean on = isOn(xml.getAttributeValue(w, "val"));
            if (paragraph) {
              markVanish = on || Boolean.TRUE.equals(markVanish);
            } else {
              runVanish = on || Boolean.TRUE.equals(runVanish);
            }
          } else if (wordElement && level == 2 && name.equals(paragraph ? "pStyle" : "rStyle")) {
            String id = xml.getAttributeValue(w, "val");
            if (paragraph) {
              paragraphStyle = id;
            } else {
              runStyle = id;
            }
          } else if (wordElement && !paragraph && level == 2 && name.equals("rFonts")) {
            runFont = firstNonNull(xml.getAttributeValue(w, "ascii"), xml.getAttributeValue(w, "hAnsi"),
                xml.getAttributeValue(w, "cs"), xml.getAttributeValue(w, "eastAsia"));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (level == revisionLevel) {
            revisionLevel = 0;
          }
          if (level == 2) {
            inMarkProperties = false;
          }
          level--;
        } else {
          checkEvent(event);
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    depth--;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Markup compatibility (ISO/IEC 29500-3): of an {@code mc:AlternateContent}, the first {@code
   * mc:Choice} whose {@code Requires} prefixes all name namespaces the reader understands is read,
   * else the {@code mc:Fallback}; the others are skipped, and text in them is reported as hidden.
   */
  private void alternative(String name) {
    switch (name) {
      case "AlternateContent":
        alternatives.push(new boolean[1]);
        break;
      case "Choice": {
        boolean[] chosen = alternatives.peek();
        String requires = xml.getAttributeValue(null, "Requires");
        if (chosen != null && !chosen[0] && understood(requires)) {
          chosen[0] = true;
        } else {
          skipAlternative(chosen == null || !chosen[0]
              ? "an mc:Choice requiring namespaces the reader does not know (" + requires + "), which word processors replace with the fallback"
              : "an mc:Choice after the one shown");
        }
        break;
      }
      case "Fallback": {
        boolean[] chosen = alternatives.peek();
        if (chosen != null && !chosen[0]) {
          chosen[0] = true;
        } else {
          skipAlternative("an mc:Fallback, not shown because an mc:Choice is");
        }
        break;
      }
      default:
        break;
    }
  }

  /** Whether every prefix a Choice requires names a namespace of Office documents the reader reads. */
  private boolean understood(String requires) {
    if (requires == null || requires.isBlank()) {
      return false;
    }
    for (String prefix : requires.strip().split("\\s+")) {
      String ns = xml.getNamespaceURI(prefix);
      if (ns == null || !(ns.equals(W) || ns.equals(W_STRICT) || ns.startsWith("http://schemas.openxmlformats.org/")
          || ns.startsWith("http://schemas.microsoft.com/office/") || ns.startsWith("http://purl.oclc.org/ooxml/"))) {
        return false;
      }
    }
    return true;
  }

  private void skipAlternative(String what) {
    FormatLocation at = warningLocation();
    skipped.setLength(0);
    skipSubtree(skipped);
    String text = Texts.trim(skipped);
    skipped.setLength(0);
    if (!text.isEmpty()) {
      warn(ReadWarning.of(ReadWarning.Kind.HIDDEN, text, at, "text in " + what + ": not shown, so not read"));
    }
  }

  /** A w:sym: a character of a symbol font, given by its code. */
  private void symbol(String font, String code) {
    int value;
    try {
      value = Integer.parseInt(String.valueOf(code).strip(), 16);
    } catch (NumberFormatException e) {
      warnAmbiguous("w:sym " + code, "a symbol whose code is not a hexadecimal number; it is left out");
      return;
    }
    char c = SymbolFont.isSymbol(font) ? SymbolFont.toUnicode(value) : 0;
    if (c == 0 && !SymbolFont.isSymbol(font) && Character.isValidCodePoint(value) && !isPrivateUse(value) && value >= 0x20) {
      char[] chars = Character.toChars(value);
      append(chars, 0, chars.length);
      return;
    }
    if (c == 0) {
      warnAmbiguous("w:sym " + font + " " + code, "a symbol of the font " + font
          + " that has no Unicode character the reader knows; it is left out");
      return;
    }
    append(new char[] {c}, 0, 1);
  }

  private static boolean isPrivateUse(int codePoint) {
    return codePoint >= 0xE000 && codePoint <= 0xF8FF;
  }

  /** Text of a w:t: Symbol-font private-use characters become the characters shown. */
  private void text(char[] chars, int start, int length) {
    int first = -1;
    for (int i = start; i < start + length; i++) {
      if (SymbolFont.isPrivateUse(chars[i])) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      append(chars, start, length);
      return;
    }
    if (!SymbolFont.isSymbol(runFont)) {
      warnAmbiguous(new String(chars, start, length), "private-use characters (U+F020–U+F0FF) show as the glyphs of a symbol font ("
          + runFont + "), which the reader cannot map; read as they are");
      append(chars, start, length);
      return;
    }
    char[] mapped = new char[length];
    for (int i = 0; i < length; i++) {
      char c = chars[start + i];
      char m = SymbolFont.isPrivateUse(c) ? SymbolFont.toUnicode(c) : c;
      mapped[i] = m == 0 ? c : m;
    }
    append(mapped, 0, length);
  }

  private void warnAmbiguous(String text, String detail) {
    warn(ReadWarning.of(ReadWarning.Kind.AMBIGUOUS, text, warningLocation(), detail));
  }

  /** Hands a warning of the XML over; a strict reader refuses the content instead, as the form reader does. */
  private void warn(ReadWarning warning) {
    if (options.isStrict()) {
      throw new FormatException(Reason.UNPLACED_CONTENT, warning.getLocation(),
          "the strict reader refuses content it cannot place: " + warning.describe());
    }
    warnings.accept(warning);
  }

  /** An on/off property: bare, "1", "true" or "on" is on. */
  static boolean isOn(String value) {
    return value == null || value.equals("1") || value.equals("true") || value.equals("on");
  }

  /** A bare vMerge / hMerge means continue. */
  private static TableBuilder.Merge merge(String value) {
    return "restart".equals(value) ? TableBuilder.Merge.RESTART : TableBuilder.Merge.CONTINUE;
  }

  private int intValue(TableBuilder table, int fallback) {
    String value = xml.getAttributeValue(w, "val");
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new FormatException(Reason.MALFORMED, table.location(table.currentColumn()),
          "\"" + value + "\" is not a number of grid columns");
    }
  }

  private void separator(char ch) {
    append(new char[] {ch}, 0, 1);
  }

  /** Whitespace inserted as a symbol: kept where trimming would drop typed whitespace; other symbols are not text. */
  private void symbol(int space) {
    if (space < 0 || runHidden()) {
      return; // hidden whitespace is no text to keep
    }
    TableBuilder table = tables.peek();
    boolean inCell = table != null && table.inCell();
    int at = inCell ? table.cell().text.length() : paragraph.length();
    separator((char) space);
    (inCell ? table.cell().symbols : paragraphSymbols).set(at);
  }

  private void append(char[] chars, int start, int length) {
    TableBuilder table = tables.peek();
    boolean inCell = table != null && table.inCell();
    StringBuilder sink = runHidden() ? hidden : inCell ? table.cell().text : paragraph;
    if (sink.length() + length > options.getMaxStringLength()) {
      FormatLocation at = inCell ? table.location(table.currentColumn()) : here();
      throw new FormatException(Reason.STRING_TOO_LONG, at,
          "text longer than the limit of " + options.getMaxStringLength() + " characters");
    }
    if (!tables.isEmpty()) {
      tableText += length;
      if (tableText > maxTableText) {
        throw new FormatException(Reason.TOO_LARGE, inCell ? table.location(table.currentColumn()) : here(),
            "a table with more than " + maxTableText + " characters of text");
      }
    }
    sink.append(chars, start, length);
  }

  private void end() {
    depth--;
    String ns = xml.getNamespaceURI();
    if (MC.equals(ns) && xml.getLocalName().equals("AlternateContent")) {
      alternatives.poll();
      return;
    }
    if (!w.equals(ns)) {
      return;
    }
    TableBuilder table = tables.peek();
    switch (xml.getLocalName()) {
      case "t":
        inText = false;
        break;
      case "r":
        runVanish = null;
        runStyle = null;
        runFont = null;
        break;
      case "tc":
        if (table != null) {
          table.endCell();
        }
        joinNext = false;
        break;
      case "tr":
        if (table != null) {
          table.endRow();
        }
        break;
      case "tbl":
        TableBuilder done = tables.pop();
        Blocks.Table built = done.build();
        if (tables.isEmpty()) {
          ready.add(built);
          ready.addAll(nestedTables);
          nestedTables.clear();
        } else {
          nestedTables.add(built);
        }
        joinNext = false;
        break;
      case "p":
        reportHidden();
        if (markHidden()) {
          joinNext = true; // the hidden mark joins this paragraph to the next, as it is shown
        } else if (tables.isEmpty()) {
          emitParagraph();
        }
        break;
      default:
        break;
    }
  }

  /**
   * Whether the run's text is hidden: its own w:vanish, else its character style's, else its
   * paragraph style's, else the document defaults' (the order in which Word applies properties).
   */
  private boolean runHidden() {
    return decide(runVanish, styles.hides(runStyle));
  }

  /** Whether the paragraph mark is hidden: its own w:vanish, else its paragraph style's. */
  private boolean markHidden() {
    return decide(markVanish, null);
  }

  private boolean decide(Boolean own, Boolean byCharacterStyle) {
    if (own != null) {
      return own;
    }
    if (byCharacterStyle != null) {
      return byCharacterStyle;
    }
    Boolean byParagraphStyle = styles.hides(paragraphStyle);
    if (byParagraphStyle != null) {
      return byParagraphStyle;
    }
    return Boolean.TRUE.equals(styles.byDefault());
  }

  private void emitParagraph() {
    joinNext = false;
    String text = SymbolSpace.trim(paragraph, paragraphSymbols);
    paragraph.setLength(0);
    paragraphSymbols.clear();
    if (!text.isEmpty()) {
      ready.add(new Paragraph(text));
      paragraphs++;
    }
  }

  /** Hidden text of the paragraph that ended: not content, but not lost either. */
  private void reportHidden() {
    String text = Texts.trim(hidden);
    hidden.setLength(0);
    if (!text.isEmpty()) {
      warn(ReadWarning.of(ReadWarning.Kind.HIDDEN, text, warningLocation(), "hidden text (w:vanish, on the text or its style): a word processor does not show it, so it is not read"));
    }
  }

  /**
   * Where a warning's text is: in a cell, its table, row and grid column (as the form reader's
   * warnings); elsewhere the paragraph, with the line and column of the XML.
   */
  private FormatLocation warningLocation() {
    TableBuilder table = tables.peek();
    return table != null && table.inCell() ? inThisPart(table.location(table.currentColumn())) : here();
  }

  private FormatLocation inThisPart(FormatLocation at) {
    return part.equals(DocxZip.DOCUMENT) ? at : FormatLocation.builder().from(at).entry(part).build();
  }

  /**
   * Skips the current element and everything in it, still counting depth; the text of its w:t
   * elements outside drawings goes to {@code text} when one is given.
   */
  private void skipSubtree(StringBuilder text) {
    int level = 1;
    int textLevel = 0;
    int skippedLevel = 0;
    try {
      while (level > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          level++;
          checkDepth(level);
          if (text != null && w.equals(xml.getNamespaceURI()) && skippedLevel == 0) {
            if (SKIPPED.contains(xml.getLocalName())) {
              skippedLevel = level;
            } else if (xml.getLocalName().equals("t")) {
              textLevel = level;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (level == skippedLevel) {
            skippedLevel = 0;
          }
          if (level == textLevel) {
            textLevel = 0;
          }
          level--;
        } else if (textLevel > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          if (text.length() + xml.getTextLength() > options.getMaxStringLength()) {
            throw new FormatException(Reason.STRING_TOO_LONG, here(),
                "text longer than the limit of " + options.getMaxStringLength() + " characters");
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else {
          checkEvent(event);
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    depth--;
  }

  private void checkDepth(int level) {
    if (depth + level - 1 > options.getMaxDepth()) {
      throw new FormatException(Reason.TOO_DEEP, here(), "elements nest deeper than the limit of " + options.getMaxDepth());
    }
  }

  private void checkEvent(int event) {
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new FormatException(Reason.HOSTILE, here(), "the document declares a DTD or entities");
    } else if (event == XMLStreamConstants.END_DOCUMENT) {
      throw new FormatException(Reason.TRUNCATED, here(), "the document ends inside an element");
    }
  }

  private FormatLocation here() {
    FormatLocation.Builder b = FormatLocation.builder().entry(part);
    Location l = xml == null ? null : xml.getLocation();
    if (l != null && l.getLineNumber() > 0) {
      b.line(l.getLineNumber());
      if (l.getColumnNumber() > 0) {
        b.column(l.getColumnNumber());
      }
    }
    TableBuilder table = tables.peek();
    if (table != null) {
      b.table(table.index()).row(table.rowCount());
    } else {
      b.paragraph(paragraphs);
    }
    return b.build();
  }

  /** The parser's failure, classified by the reader's state (see the class comment). */
  private FormatException translate(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    FormatException badBytes = null;
    FormatException carried = OfficeZip.carried(cause);
    if (carried != null) {
      if (carried.reason() != Reason.INVALID_ENCODING) {
        return carried; // a limit, raised below the parser: it keeps its reason
      }
      badBytes = carried;
    } else if (cause instanceof IOException) {
      return zip.translate((IOException) cause);
    }
    String message = String.valueOf(e.getMessage());
    Reason reason;
    String what;
    FormatLocation.Builder b = FormatLocation.builder().entry(part);
    if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
      b.line(e.getLocation().getLineNumber()).column(Math.max(1, e.getLocation().getColumnNumber()));
    }
    if (started && depth == 0) {
      reason = Reason.TRAILING_CONTENT;
      what = "content after the end of " + part + "'s document element: ";
    } else if (input.ended) {
      reason = Reason.TRUNCATED;
      what = part + " ends before the document does: ";
    } else if (badBytes != null) {
      reason = Reason.INVALID_ENCODING;
      what = part + " has bytes that are not valid in its encoding: ";
      message = badBytes.detail();
      b = FormatLocation.builder().from(badBytes.location());
    } else {
      reason = Reason.MALFORMED;
      what = part + " is not well-formed: ";
    }
    return new FormatException(reason, b.build(), what + XmlPart.firstLine(message), e);
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing after a failure
    }
    try {
      input.close();
    } catch (IOException e) {
      // nothing left to read
    }
  }
}
