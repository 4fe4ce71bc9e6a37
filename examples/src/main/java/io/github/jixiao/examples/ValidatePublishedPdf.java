package io.github.jixiao.examples;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.pdf.PdfFormat;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.nio.file.Path;

/**
 * 示例：审核政府网站公开的 PDF 绩效目标表 (example: validate a disclosure published as PDF) — what an
 * auditor who has only the county's published file does.
 */
public final class ValidatePublishedPdf {
  private ValidatePublishedPdf() {}

  /**
   * Reads the PDF named by the first argument, prints what the reader could not place (each with
   * its page: page headers, footers and page numbers are left out this way), then the rule
   * catalogue's report in Chinese. A scan without a text layer or a password-protected file is
   * refused with its reason, which is printed instead.
   *
   * @param args the path of a .pdf file
   */
  public static void main(String[] args) {
    ReadResult<Disclosure> read;
    try {
      read = new PdfFormat().reader(ReadOptions.defaults()).read(Path.of(args[0]));
    } catch (FormatException e) {
      // NO_TEXT_LAYER (a scan: OCR is not Jixiao's job), PASSWORD_PROTECTED, a damaged file, a limit
      System.out.println("refused: " + e.reason() + " — " + e.getMessage());
      return;
    }
    Disclosure document = read.value();
    System.out.println(document.getTitle().orElse("(no title)") + ": " + document.getItems().size() + " sheets, "
        + read.warnings().size() + " read warnings");
    for (ReadWarning warning : read.warnings()) {
      System.out.println("  " + warning.describe());
    }
    Report report = RuleSet.catalogue().evaluate(document, Policy.defaults());
    System.out.print(report.toText("zh"));
  }
}
