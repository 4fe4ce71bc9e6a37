package io.github.jixiao.docx;

import io.github.jixiao.internal.Texts;

import java.util.Set;

/**
 * The labels of the form and their variants. A label is compared by its key: compatibility
 * normalised (full-width brackets and colons become ASCII), without whitespace or line breaks of
 * any width ("年度\n目标", "绩 效 指 标"), without trailing colons.
 */
final class Labels {
  static final String SHEET_HEADING = "项目支出绩效目标表";

  static final Set<String> NAME = Set.of("项目名称");
  static final Set<String> DEPARTMENT_COMBINED = Set.of("主管部门及代码", "主管部门及编码", "主管部门(代码)", "主管部门及其代码");
  static final Set<String> DEPARTMENT_NAME = Set.of("主管部门", "主管单位", "主管部门名称");
  static final Set<String> DEPARTMENT_CODE = Set.of("主管部门编码", "主管部门代码", "部门编码", "部门代码", "主管部门编号");
  static final Set<String> IMPLEMENTING_UNIT = Set.of("实施单位", "项目实施单位", "执行单位");
  static final Set<String> SOURCE = Set.of("项目来源");
  static final Set<String> ATTRIBUTE = Set.of("项目属性");
  static final Set<String> PERIOD = Set.of("项目期", "项目周期", "实施周期", "项目实施期", "项目期限");
  static final Set<String> RESPONSIBLE = Set.of("项目负责人", "项目责任人", "负责人");
  static final Set<String> CONTACT = Set.of("联系电话", "联系方式", "电话");
  static final Set<String> SEAL = Set.of("单位(盖章)", "填报单位(盖章)", "单位盖章");
  static final Set<String> START_END = Set.of("项目起止时间", "起止时间", "项目实施起止时间", "实施起止时间");
  static final Set<String> START = Set.of("项目开始时间", "开始时间", "起始时间");
  static final Set<String> END = Set.of("项目结束时间", "结束时间", "完成时间");
  static final Set<String> ANNUAL_GOALS = Set.of("年度目标", "年度绩效目标", "年度总体目标", "本年度目标");
  static final Set<String> MEDIUM_GOALS = Set.of("中长期目标", "长期目标", "中期目标", "总体目标", "实施期目标", "中长期绩效目标");
  static final Set<String> LEVEL1 = Set.of("一级指标", "一级");
  static final Set<String> LEVEL2 = Set.of("二级指标", "二级");
  static final Set<String> LEVEL3 = Set.of("三级指标", "三级", "指标内容", "指标名称", "三级指标名称");
  static final Set<String> TARGET = Set.of("指标值", "目标值", "年度指标值", "指标目标值", "绩效指标值", "预期目标值", "年度目标值", "中长期指标值");

  private Labels() {}

  /** The comparison key of a label as written. */
  static String key(String text) {
    String compact = Texts.compact(text);
    int end = compact.length();
    while (end > 0 && compact.charAt(end - 1) == ':') {
      end--;
    }
    return end == compact.length() ? compact : compact.substring(0, end);
  }

  /** A funding-section label such as 项目资金（万元）. */
  static boolean isFundingSection(String key) {
    return key.startsWith("项目资金") || key.startsWith("资金情况") || key.startsWith("项目资金情况") || key.startsWith("资金投入");
  }

  /** An indicator-section label such as 绩效指标, 年度绩效指标, 中长期绩效指标. */
  static boolean isIndicatorSection(String key) {
    return key.endsWith("绩效指标") && key.length() <= 8;
  }

  /** Whether an indicator-section label names the medium-term table. */
  static boolean isMediumTerm(String key) {
    return (key.contains("长期") || key.contains("中期")) && !key.contains("年度");
  }

  static boolean isSheetHeading(String key) {
    return key.endsWith(SHEET_HEADING) && key.length() <= SHEET_HEADING.length() + 12;
  }

  static boolean isListHeading(String key) {
    return key.contains("公开清单") || key.endsWith("清单");
  }

  /** Whether a key is one of the form's field or section labels (so it is not a value). */
  static boolean isFieldLabel(String key) {
    return NAME.contains(key) || DEPARTMENT_COMBINED.contains(key) || DEPARTMENT_NAME.contains(key)
        || DEPARTMENT_CODE.contains(key) || IMPLEMENTING_UNIT.contains(key) || SOURCE.contains(key)
        || ATTRIBUTE.contains(key) || PERIOD.contains(key) || RESPONSIBLE.contains(key) || CONTACT.contains(key)
        || SEAL.contains(key) || START_END.contains(key) || START.contains(key) || END.contains(key)
        || ANNUAL_GOALS.contains(key) || MEDIUM_GOALS.contains(key) || isFundingSection(key) || isIndicatorSection(key);
  }
}
