package io.github.jixiao.cli;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the tool prints read warnings: in the text report, and one line each on standard error. */
final class Warnings {
  private Warnings() {}

  /**
   * The warnings of one document for the text report: a heading, a line per warning (location,
   * kind, text; and in English the reader's detail, which it gives in English only).
   */
  static String section(List<ReadWarning> warnings, boolean zh) {
    if (warnings.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(zh ? "读取警告" : "Read warnings").append('\n');
    for (ReadWarning w : warnings) {
      b.append("  ")
          .append(where(w.getLocation(), zh))
          .append("  ")
          .append(zh ? w.getKind().descriptionZh() : w.getKind().descriptionEn())
          .append("  ")
          .append(zh ? "“" : "\"")
          .append(oneLine(w.getText()))
          .append(zh ? "”" : "\"");
      if (!zh && !w.getDetail().isBlank()) {
        b.append(" — ").append(oneLine(w.getDetail()));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The count of one document's warnings, below its findings' total; empty without warnings. */
  static String total(List<ReadWarning> warnings, boolean zh) {
    if (warnings.isEmpty()) {
      return "";
    }
    return zh ? "读取警告：" + warnings.size() + " 条\n" : "Read warnings: " + warnings.size() + "\n";
  }

  /**
   * Where a warning is, without the source (the document is named above it): "table 2, row 5,
   * column 3", in Chinese "表格 2，行 5，列 3"; numbers as the reader gives them.
   */
  static String where(FormatLocation l, boolean zh) {
    List<String> parts = new ArrayList<>();
    l.getEntry().ifPresent(e -> parts.add((zh ? "部件 " : "entry ") + e));
    l.getPage().ifPresent(p -> parts.add((zh ? "页 " : "page ") + p));
    l.getLine().ifPresent(n -> parts.add((zh ? "行 " : "line ") + n));
    l.getParagraph().ifPresent(p -> parts.add((zh ? "段落 " : "paragraph ") + p));
    if (l.getTable().isPresent()) {
      parts.add((zh ? "表格 " : "table ") + l.getTable().getAsInt());
      l.getRow().ifPresent(r -> parts.add((zh ? "行 " : "row ") + r));
    }
    l.getColumn().ifPresent(c -> parts.add((zh ? "列 " : "column ") + c));
    l.getJsonPointer().ifPresent(p -> parts.add((zh ? "位置 " : "at ") + (p.isEmpty() ? "/" : p)));
    if (parts.isEmpty()) {
      return zh ? "（位置不详）" : "(location unknown)";
    }
    return Escapes.text(String.join(zh ? "，" : ", ", parts));
  }

  /**
   * A warning as one line of standard error: "jixiao: warning: in.docx: table 2, row 5: UNPLACED
   * "…" — …", in Chinese "jixiao: 警告：in.docx：表格 2，行 5  未能归入模型的内容  “…”" (without the
   * reader's detail, which it gives in English only).
   */
  static String forStandardError(String file, ReadWarning w, Phrases say) {
    if (say.zh()) {
      return "jixiao: " + say.get("warning.line", Escapes.text(file),
          where(w.getLocation(), true) + "  " + w.getKind().descriptionZh() + "  “" + oneLine(w.getText()) + "”");
    }
    ReadWarning local = ReadWarning.builder().from(w)
        .location(FormatLocation.builder().from(w.getLocation()).source(Optional.empty()).build())
        .text(oneLine(w.getText()))
        .detail(oneLine(w.getDetail()))
        .build();
    return "jixiao: " + say.get("warning.line", Escapes.text(file), Escapes.text(local.describe()));
  }

  /** Text on one line, cut when long, with its control characters escaped ({@link Escapes}). */
  private static String oneLine(String text) {
    return Escapes.text(Texts.cut(text));
  }
}
