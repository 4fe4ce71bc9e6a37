package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutParagraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * The text layer: glyphs a font maps to no text are left out with a warning per page (never read as
 * garbage), text outside the clipping path is not read, an image-only file is refused, permission-only encryption reads, a password is refused.
 */
class TextLayerTest {
  private static final PdfFormat FORMAT = new PdfFormat();

  private static List<LayoutBlock> layout(byte[] pdf, List<ReadWarning> warnings) {
    return new PdfDocumentReader(ReadOptions.defaults()).layout(pdf, warnings::add);
  }

  private static FormatException refusal(byte[] pdf) {
    try {
      FORMAT.reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(pdf));
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("read without an error");
  }

  /** A page with "Hello" in Helvetica and "ABC" in a font whose encoding names glyphs no Unicode table knows. */
  private static byte[] unmappedFont() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      COSDictionary secret = new COSDictionary();
      secret.setItem(COSName.TYPE, COSName.FONT);
      secret.setItem(COSName.SUBTYPE, COSName.TYPE1);
      secret.setName(COSName.BASE_FONT, "Helvetica");
      COSDictionary encoding = new COSDictionary();
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(65));
      for (String name : new String[] {"g17", "g42", "g99"}) {
        differences.add(COSName.getPDFName(name));
      }
      encoding.setItem(COSName.DIFFERENCES, differences);
      secret.setItem(COSName.ENCODING, encoding);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      resources.put(COSName.getPDFName("F2"), new PDType1Font(secret));
      page.setResources(resources);
      String content = "BT /F1 10 Tf 50 700 Td (Hello) Tj ET BT /F2 10 Tf 50 650 Td (ABC) Tj ET";
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void glyphsWithoutUnicodeAreLeftOutWithAWarningOnTheirPage() throws Exception {
    List<ReadWarning> warnings = new ArrayList<>();
    List<LayoutBlock> blocks = layout(unmappedFont(), warnings);
    assertThat(blocks).extracting(b -> ((LayoutParagraph) b).text()).containsExactly("Hello");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getLocation().getPage()).hasValue(1);
    assertThat(warnings.get(0).getDetail()).startsWith("3 glyph(s) on this page have no Unicode mapping");
  }

  @Test
  void textClippedAwayIsNotRead() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      // "Hidden" is drawn below the clipping rectangle, as Calc draws the rest of a cell cut by a page break
      String content = "q 40 690 200 30 re W n BT /F1 10 Tf 50 700 Td (Shown) Tj ET "
          + "BT /F1 10 Tf 50 650 Td (Hidden) Tj ET Q BT /F1 10 Tf 50 600 Td (After) Tj ET";
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
      doc.save(out);
      pdf = out.toByteArray();
    }
    List<ReadWarning> warnings = new ArrayList<>();
    List<LayoutBlock> blocks = layout(pdf, warnings);
    assertThat(blocks).extracting(b -> ((LayoutParagraph) b).text()).containsExactly("Shown", "After");
    assertThat(warnings).isEmpty();
  }

  @Test
  void anImageOnlyFileIsRefusedForHavingNoTextLayer() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.drawImage(scan, 50, 500, 400, 200);
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    FormatException e = refusal(pdf);
    assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
    assertThat(e.detail()).contains("no text layer");
  }

  private static byte[] encrypted(String userPassword) throws Exception {
    try (PDDocument doc = new PdfMaker().page().text(50, 100, "Readable").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      permissions.setCanPrint(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void permissionOnlyEncryptionReads() throws Exception {
    List<LayoutBlock> blocks = layout(encrypted(""), new ArrayList<>());
    assertThat(blocks).extracting(b -> ((LayoutParagraph) b).text()).containsExactly("Readable");
  }

  @Test
  void aPasswordProtectedFileIsRefusedClearly() throws Exception {
    FormatException e = refusal(encrypted("user-secret"));
    assertThat(e.reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
    assertThat(e.getMessage()).contains("password");
  }

  @Test
  void somethingElseIsNotAPdf() {
    assertThatThrownBy(() -> FORMAT.reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream("PK\3\4 not a pdf".getBytes(StandardCharsets.US_ASCII))))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORMAT));
  }
}
