package io.github.jixiao.examples;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.nio.file.Path;

/** 示例：读取 Word 文件并审核 (example: read a Word file and validate it). */
public final class ValidateWordFile {
  private ValidateWordFile() {}

  /**
   * Reads the .docx named by the first argument, checks it with the rule catalogue and prints
   * the report in Chinese.
   *
   * @param args the path of a .docx file
   */
  public static void main(String[] args) {
    Disclosure document = new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(Path.of(args[0]));
    Report report = RuleSet.catalogue().evaluate(document, Policy.defaults());
    System.out.println(document.getTitle().orElse("(no title)") + ": " + document.getItems().size() + " sheets");
    System.out.print(report.toText("zh"));
  }
}
