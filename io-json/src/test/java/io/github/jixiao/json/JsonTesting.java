package io.github.jixiao.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers: the JSON format with default options, and the schema validators. */
final class JsonTesting {
  static final JsonFormat FORMAT = new JsonFormat();
  static final DocumentReader READER = FORMAT.reader(ReadOptions.defaults());
  static final DocumentWriter WRITER = FORMAT.writer(WriteOptions.defaults());
  static final Schema OUR_SCHEMA = schema(JsonFormat.SCHEMA_RESOURCE, SpecificationVersion.DRAFT_2020_12);
  static final Schema SARIF_SCHEMA = schema("/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7);

  private JsonTesting() {}

  private static Schema schema(String resource, SpecificationVersion version) {
    try (InputStream in = JsonTesting.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(version).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed with every field the seed does not use: 项目编码 and 项目类别, 其他栏目, a funding block
   * written in 元, a 评分细则 column, the list's 合计 row and an extra list column.
   */
  static Disclosure richSample() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    BudgetItem first = seed.getItems().get(0);
    FundingSplit inYuan = FundingSplit.builder()
        .total(AmountUnit.YUAN.toWanYuan(new BigDecimal("180000.00")))
        .unit(AmountUnit.YUAN)
        .addSources(FundingSource.of(io.github.jixiao.model.FundingSourceKind.FISCAL_APPROPRIATION,
                AmountUnit.YUAN.toWanYuan(new BigDecimal("180000.00"))),
            FundingSource.of(io.github.jixiao.model.FundingSourceKind.OTHER, AmountUnit.YUAN.toWanYuan(new BigDecimal("0.00"))))
        .build();
    IndicatorTable table = first.getAnnualIndicators();
    IndicatorTable.Builder scored = IndicatorTable.builder().from(table).optionalColumns(List.of(IndicatorColumn.WEIGHT, IndicatorColumn.SCORING));
    List<Indicator> rows = new ArrayList<>();
    for (Indicator row : table.getRows()) {
      rows.add(Indicator.builder().from(row).weight(BigDecimal.TEN).scoring("完成得满分，未完成不得分").build());
    }
    BudgetItem rich = BudgetItem.builder().from(first)
        .code("341021-24-0001")
        .category("一般性项目□ 专项类项目√")
        .annualFunding(inYuan)
        .annualIndicators(scored.rows(rows).build())
        .addExtras(LabelledText.of("立项依据", "《怀远县督查考核工作办法》"), LabelledText.of("其他说明的问题", ""))
        .build();
    List<BudgetItem> items = new ArrayList<>(seed.getItems());
    items.set(0, rich);
    List<DisclosureListEntry> entries = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (DisclosureListEntry e : seed.getListEntries()) {
      entries.add(DisclosureListEntry.builder().from(e).addExtras(LabelledText.of("备注", e.getSequence() == 1 ? "新增" : "")).build());
      total = total.add(e.getAmount());
    }
    return Disclosure.builder().from(seed).items(items).listEntries(entries).listTotal(total).build();
  }

  static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static String write(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDisclosure(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String write(BudgetItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeItem(item, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Disclosure readDisclosure(String json) {
    return READER.readDisclosure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static BudgetItem readItem(String json) {
    return READER.readItem(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
