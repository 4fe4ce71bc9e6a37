package io.github.jixiao.examples;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** 示例：用代码编制绩效目标表并写出 Word 与 JSON (example: build a sheet in code, write Word and JSON). */
public final class BuildAndWrite {
  private BuildAndWrite() {}

  /**
   * Builds one target sheet and writes it as {@code sheet.docx} and {@code sheet.json} into the
   * folder named by the first argument.
   *
   * @param args a folder
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    BudgetItem item = sheet();
    Path dir = Path.of(args[0]);
    try (OutputStream out = Files.newOutputStream(dir.resolve("sheet.docx"))) {
      new DocxFormat().writer(WriteOptions.defaults()).writeItem(item, out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("sheet.json"))) {
      new JsonFormat().writer(WriteOptions.defaults()).writeItem(item, out);
    }
    System.out.println("wrote sheet.docx and sheet.json for " + item.getName());
  }

  /**
   * The sheet the example writes.
   *
   * @return a sheet of the pre-2021 framework
   */
  public static BudgetItem sheet() {
    return BudgetItem.builder()
        .year(2025)
        .name("乡村学校少年宫运行项目")
        .department(SupervisingDepartment.parse("[105]县教育局"))
        .implementingUnit("县教育局")
        .source("本级申报项目")
        .period(ProjectPeriod.of("1年"))
        .annualFunding(FundingSplit.of(new BigDecimal("60.00"),
            FundingSource.of("财政拨款", new BigDecimal("60.00")),
            FundingSource.of("其他资金", new BigDecimal("0.00"))))
        .annualGoals(Goals.of("目标1：保障少年宫常态化运行。目标2：丰富学生课后活动。"))
        .annualIndicators(IndicatorTable.of(List.of(
            row("产出指标", "数量指标", "开展活动场次", "≥120场"),
            row("产出指标", "质量指标", "活动安全事故发生率", "0%"),
            row("产出指标", "时效指标", "资金支付及时率", "≥95%"),
            row("产出指标", "成本指标", "项目总成本", "≤60万元"),
            row("效益指标", "社会效益指标", "学生综合素质", "显著提升"),
            row("满意度指标", "满意度指标", "学生及家长满意度", "≥90%"))))
        .build();
  }

  private static Indicator row(String level1, String level2, String name, String target) {
    return Indicator.builder().level1(level1).level2(level2).name(name).target(target).build();
  }
}
