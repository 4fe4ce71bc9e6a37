package io.github.jixiao.docx;

import static io.github.jixiao.docx.Xml.cont;
import static io.github.jixiao.docx.Xml.restart;
import static io.github.jixiao.docx.Xml.span;
import static io.github.jixiao.docx.Xml.tbl;
import static io.github.jixiao.docx.Xml.tc;
import static io.github.jixiao.docx.Xml.tr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Funding nested to any depth: the Word writer indents nested sources (as symbols, which the
 * reader keeps), and the form reader nests sources by the indentation of verbatim label cells;
 * without it (other documents, whose typed indentation is trimmed) it nests by 其中 as before.
 */
class FundingNestingTest {
  private static FundingSource source(String label, String amount, FundingSource... children) {
    return FundingSource.builder().label(label).amount(new BigDecimal(amount)).addChildren(children).build();
  }

  private static Disclosure withFunding(FundingSplit funding) {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    BudgetItem item = BudgetItem.builder().from(seed.getItems().get(0)).annualFunding(funding).build();
    return Disclosure.builder().from(seed).items(List.of(item)).build();
  }

  private static void assertReadsBack(Disclosure d) {
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  @Test
  void threeLevelsOfFundingReadBack() {
    assertReadsBack(withFunding(FundingSplit.builder().total(new BigDecimal("18.00"))
        .addSources(source("财政拨款", "18.00", source("上级财政资金", "10.00", source("中央转移支付", "6.00"), source("省级补助", "4.00")),
            source("本级财政资金", "8.00")))
        .build()));
  }

  @Test
  void aCustomSourceAfterANestedGroupStaysAtTheTop() {
    assertReadsBack(withFunding(FundingSplit.builder().total(new BigDecimal("18.00"))
        .addSources(source("财政拨款", "10.00", source("专项补助", "10.00")), source("社会捐赠", "8.00"))
        .build()));
  }

  @Test
  void aStandardSourceAfterFiscalAppropriationStaysASibling() {
    assertReadsBack(withFunding(FundingSplit.builder().total(new BigDecimal("18.00"))
        .addSources(source("财政拨款", "10.00", source("专项补助", "10.00")), source("上级财政资金", "8.00"))
        .build()));
  }

  @Test
  void verbatimIndentationNestsAnyLayoutsSources() {
    LayoutTable table = LayoutTable.of(FormatLocation.unknown(), List.of(
        LayoutCell.of(0, 0, "项目名称"), new LayoutCell(0, 1, 1, 2, "学校营养餐项目"),
        new LayoutCell(1, 0, 4, 1, "项目资金（万元）"), LayoutCell.of(1, 1, "年度资金总额"), LayoutCell.of(1, 2, "30.00"),
        LayoutCell.of(2, 1, "其中：财政拨款"), LayoutCell.of(2, 2, "30.00"),
        new LayoutCell(3, 1, 1, 1, "  上级财政资金", true), LayoutCell.of(3, 2, "30.00"),
        new LayoutCell(4, 1, 1, 1, "    中央转移支付", true), LayoutCell.of(4, 2, "30.00")));
    FundingSplit funding = FormReader.of(ReadOptions.defaults()).read(List.of(table)).value().getItems().get(0)
        .getAnnualFunding().orElseThrow();
    assertThat(funding.getSources()).hasSize(1);
    FundingSource fiscal = funding.getSources().get(0);
    assertThat(fiscal.getChildren()).extracting(FundingSource::getLabel).containsExactly("上级财政资金");
    assertThat(fiscal.getChildren().get(0).getChildren()).extracting(FundingSource::getLabel).containsExactly("中央转移支付");
  }

  @Test
  void typedIndentationOfOtherDocumentsIsTrimmedAndNestingComesFromQiZhong() {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(tbl(3,
        tr(tc("项目名称"), span(2, "农村公路养护")),
        tr(restart("项目资金（万元）"), tc("年度资金总额"), tc("30.00")),
        tr(cont(), tc("其中：财政拨款"), tc("30.00")),
        tr(cont(), tc("\u3000\u3000其中：专项补助"), tc("20.00")),
        tr(cont(), tc("\u3000\u3000\u3000\u3000中央转移支付"), tc("10.00")),
        tr(cont(), tc("社会捐赠"), tc("0.00"))))).bytes();
    FundingSplit funding = DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)).getItems().get(0)
        .getAnnualFunding().orElseThrow();
    // as before symbols were read: one level of 其中, a custom source stays in the open group
    assertThat(funding.getSources()).hasSize(1);
    assertThat(funding.getSources().get(0).getChildren()).extracting(FundingSource::getLabel)
        .containsExactly("专项补助", "中央转移支付", "社会捐赠");
  }
}
