package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.internal.ModelPaths;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every write/read pair on documents with hostile texts (testkit's {@code
 * disclosuresWithHostileText()}): JSON → JSON reads back the same; JSON → Word → JSON and Word →
 * Word read back the same or the Word writer refuses, with a pointer to a field holding content of
 * a documented kind it cannot write (README, "What the Word writer refuses").
 */
class HostileRoundTripProperties {
  private static final JsonFormat JSON = new JsonFormat();
  /** Words that are labels, headings or markers of the form, or change how a line is read. */
  private static final List<String> FORM_WORDS = List.of("实施单位", "项目来源", "项目名称", "合计", "中期", "★", "其中", "：",
      "年度目标");

  @Property
  void everyWriteReadPairKeepsTheDocumentOrTheWordWriterRefuses(@ForAll("hostile") Disclosure d) {
    // JSON → JSON
    Disclosure fromJson = JSON.reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(json(d)));
    assertThat(fromJson).isEqualTo(d);
    // JSON → Word → JSON
    byte[] docx;
    try {
      docx = DocxTesting.write(fromJson);
    } catch (FormatException e) {
      assertThat(e.reason()).isEqualTo(FormatException.Reason.INVALID_VALUE);
      String pointer = e.location().getJsonPointer().orElseThrow();
      assertThat(documentedRefusal(d, pointer)).as("refused at %s: %s", pointer, e.detail()).isTrue();
      Statistics.collect("refused");
      return;
    }
    Disclosure fromWord = DocxTesting.read(docx);
    assertThat(fromWord).isEqualTo(d);
    assertThat(JSON.reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(json(fromWord)))).isEqualTo(d);
    // Word → Word
    assertThat(DocxTesting.read(DocxTesting.write(fromWord))).isEqualTo(d);
    Statistics.collect("kept");
  }

  @Provide
  Arbitrary<Disclosure> hostile() {
    return JixiaoArbitraries.disclosuresWithHostileText();
  }

  private static byte[] json(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toByteArray();
  }

  /**
   * Whether the refused field holds what the README says the Word writer refuses: text that is
   * empty or has a tab or line break at either end, a control character, a word of the form (a
   * label, 合计, 中期, ★, 其中, a colon; not 涉密, the title being the first line), a funding source
   * label with whitespace at either end, a core indicator's name starting with whitespace, an
   * amount in 万元 with fewer than 4 decimals in a block written in 元; the unit or year of a
   * disclosure whose title does not carry them. A refusal of a document-level line (title, note) is
   * explained by the title, one inside a sheet by that sheet (a value read as a label shifts the
   * fields after it).
   */
  static boolean documentedRefusal(Disclosure d, String pointer) {
    if (pointer.equals("/unit") || pointer.equals("/year")) {
      return true; // written only as the front of the title: a title that does not start with them cannot carry them
    }
    // the part of the sheet that changed (a funding block, an indicator table, a field): a value
    // read into the wrong place shows up next to where it was written
    String[] steps = pointer.split("/", -1);
    String section = steps.length > 3 && steps[1].equals("items") ? String.join("/", steps[0], steps[1], steps[2], steps[3]) : pointer;
    List<String> texts = new ArrayList<>();
    ModelPaths.strings(ModelPaths.valueAt(d, section), (p, text) -> texts.add(text));
    if (!pointer.startsWith("/items")) {
      d.getTitle().ifPresent(texts::add);
    } else {
      // a label written as a value shifts what follows it (a project named 项目名称 starts a sheet),
      // so the first field that changed may be another one of the same sheet
      ModelPaths.strings(d.getItems().get(Integer.parseInt(steps[2])), (p, text) -> texts.add(text));
    }
    for (String text : texts) {
      // labels match with their inner spaces ignored ("实施 单位" is 实施单位)
      String compact = text.codePoints().filter(c -> c > 0xFFFF || !Texts.isBlank((char) c))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      if (text.isEmpty() || endsInTabOrBreak(text) || FORM_WORDS.stream().anyMatch(compact::contains)
          || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
        return true;
      }
    }
    if (pointer.contains("Indicators/")) {
      // the ★ core mark and the name share a cell: spaces between them are the mark's
      int item = Integer.parseInt(steps[2]);
      return coreNameAfterSpace(d.getItems().get(item).getAnnualIndicators())
          || d.getItems().get(item).getMediumTermIndicators().map(HostileRoundTripProperties::coreNameAfterSpace).orElse(false);
    }
    if (pointer.contains("Funding")) {
      int item = Integer.parseInt(pointer.split("/")[2]);
      return awkward(d.getItems().get(item).getAnnualFunding()) || awkward(d.getItems().get(item).getMediumTermFunding());
    }
    return false;
  }

  /** Whitespace at an end that Word writes as its own tab or break, which the reader trims there. */
  private static boolean endsInTabOrBreak(String text) {
    String ends = "\t\n\r";
    return ends.indexOf(text.charAt(0)) >= 0 || ends.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean coreNameAfterSpace(IndicatorTable table) {
    return table.getRows().stream().anyMatch(i -> i.isCore() && Texts.isBlank(i.getName().charAt(0)));
  }

  /**
   * A source label with whitespace at an end (it shares its cell with 其中, colons and the
   * indentation), or an amount a block written in 元 cannot show at its scale.
   */
  private static boolean awkward(Optional<FundingSplit> split) {
    return split.isPresent() && (split.get().getSources().stream().anyMatch(HostileRoundTripProperties::spaceAtAnEnd)
        || split.get().getUnit() == AmountUnit.YUAN && split.get().getSources().stream().anyMatch(HostileRoundTripProperties::finerThanYuan));
  }

  /** An amount in 万元 with fewer than 4 decimals: written in 元 it reads back with 4 (0.00 万元 is "0" 元, read 0.0000). */
  private static boolean finerThanYuan(FundingSource s) {
    return s.getAmount().scale() < 4 || s.getChildren().stream().anyMatch(HostileRoundTripProperties::finerThanYuan);
  }

  private static boolean spaceAtAnEnd(FundingSource s) {
    return !Texts.trim(s.getLabel()).equals(s.getLabel()) || s.getChildren().stream().anyMatch(HostileRoundTripProperties::spaceAtAnEnd);
  }

}
