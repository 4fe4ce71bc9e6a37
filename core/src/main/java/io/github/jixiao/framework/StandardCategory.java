package io.github.jixiao.framework;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 标准指标类别 (standard indicator category): the fixed level-1 (一级指标) and level-2 (二级指标)
 * categories of both national indicator frameworks.
 *
 * <p>Each category has a stable {@linkplain #code() code} that never changes meaning, its level, the
 * Chinese label of the central templates and an English label. Which level-2 category sits under
 * which level-1 category is framework data, held by {@link IndicatorFramework}, not here.
 *
 * <p>{@link #recognizeLevel1(String)} and {@link #recognizeLevel2(String)} map the label variants
 * seen in real documents (with or without the 指标 suffix, spaces and line breaks inside,
 * "环境效益" for 生态效益, "社会公众或服务对象满意度指标", English labels) to a category.
 */
public enum StandardCategory {
  /** 产出指标: output. */
  OUTPUT("output", 1, "产出指标", "Output"),
  /** 成本指标 as a level-1 category (2021 framework): cost. */
  COST("cost", 1, "成本指标", "Cost"),
  /** 效益指标: benefit. */
  BENEFIT("benefit", 1, "效益指标", "Benefit"),
  /** 满意度指标: satisfaction. */
  SATISFACTION("satisfaction", 1, "满意度指标", "Satisfaction"),

  /** 数量指标: quantity (under 产出). */
  QUANTITY("output.quantity", 2, "数量指标", "Quantity"),
  /** 质量指标: quality (under 产出). */
  QUALITY("output.quality", 2, "质量指标", "Quality"),
  /** 时效指标: timeliness (under 产出). */
  TIMELINESS("output.timeliness", 2, "时效指标", "Timeliness"),
  /** 成本指标 as a level-2 category under 产出 (pre-2021 framework): cost. */
  OUTPUT_COST("output.cost", 2, "成本指标", "Cost"),
  /** 经济成本指标: economic cost (under 成本, 2021 framework). */
  ECONOMIC_COST("cost.economic", 2, "经济成本指标", "Economic cost"),
  /** 社会成本指标: social cost (under 成本, 2021 framework). */
  SOCIAL_COST("cost.social", 2, "社会成本指标", "Social cost"),
  /** 生态环境成本指标: eco-environmental cost (under 成本, 2021 framework). */
  ECO_ENVIRONMENTAL_COST("cost.eco-environmental", 2, "生态环境成本指标", "Eco-environmental cost"),
  /** 经济效益指标: economic benefit. */
  ECONOMIC_BENEFIT("benefit.economic", 2, "经济效益指标", "Economic benefit"),
  /** 社会效益指标: social benefit. */
  SOCIAL_BENEFIT("benefit.social", 2, "社会效益指标", "Social benefit"),
  /** 生态效益指标 (also written 环境效益): ecological benefit. */
  ECOLOGICAL_BENEFIT("benefit.ecological", 2, "生态效益指标", "Ecological benefit"),
  /** 可持续影响指标: sustainable impact. */
  SUSTAINABLE_IMPACT("benefit.sustainable-impact", 2, "可持续影响指标", "Sustainable impact"),
  /** 服务对象满意度指标: service recipients' satisfaction. */
  SERVICE_RECIPIENT_SATISFACTION(
      "satisfaction.service-recipient", 2, "服务对象满意度指标", "Service recipients' satisfaction");

  private static final Map<String, StandardCategory> BY_CODE = new HashMap<>();
  private static final Map<String, StandardCategory> LEVEL1_LABELS = new HashMap<>();
  private static final Map<String, StandardCategory> LEVEL2_LABELS = new HashMap<>();

  static {
    for (StandardCategory c : values()) {
      BY_CODE.put(c.code, c);
      Map<String, StandardCategory> labels = c.level == 1 ? LEVEL1_LABELS : LEVEL2_LABELS;
      labels.put(labelKey(c.chinese), c);
      labels.put(labelKey(c.english), c);
      labels.put(labelKey(c.code), c);
    }
    // Variants seen in real templates. Keys are compared after labelKey() normalisation, which
    // already drops whitespace and a trailing 指标, so only genuinely different wordings go here.
    level1(SATISFACTION, "服务对象满意度", "社会公众或服务对象满意度", "社会公众满意度", "满意度评价");
    level1(BENEFIT, "效果", "Outcome");
    level2(OUTPUT_COST, "成本", "产出成本");
    level2(ECO_ENVIRONMENTAL_COST, "环境成本", "生态成本", "生态环境成本");
    level2(ECOLOGICAL_BENEFIT, "环境效益", "生态环境效益");
    level2(SUSTAINABLE_IMPACT, "可持续发展", "可持续影响力", "可持续");
    level2(
        SERVICE_RECIPIENT_SATISFACTION,
        "满意度",
        "社会公众或服务对象满意度",
        "社会公众满意度",
        "服务对象满意",
        "Satisfaction");
  }

  private final String code;
  private final int level;
  private final String chinese;
  private final String english;

  StandardCategory(String code, int level, String chinese, String english) {
    this.code = code;
    this.level = level;
    this.chinese = chinese;
    this.english = english;
  }

  private static void level1(StandardCategory category, String... variants) {
    Arrays.stream(variants).forEach(v -> LEVEL1_LABELS.put(labelKey(v), category));
  }

  private static void level2(StandardCategory category, String... variants) {
    Arrays.stream(variants).forEach(v -> LEVEL2_LABELS.put(labelKey(v), category));
  }

  /**
   * The stable code of this category, such as {@code output.quantity}; it never changes meaning.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The level of this category: 1 for 一级指标, 2 for 二级指标.
   *
   * @return 1 or 2
   */
  public int level() {
    return level;
  }

  /**
   * The Chinese label used by the central templates, such as 数量指标.
   *
   * @return the Chinese label
   */
  public String chineseLabel() {
    return chinese;
  }

  /**
   * The English label, such as "Quantity".
   *
   * @return the English label
   */
  public String englishLabel() {
    return english;
  }

  /**
   * Finds a category by its {@linkplain #code() code}.
   *
   * @param code a code such as {@code benefit.social}
   * @return the category, or empty when the code is unknown or {@code null}
   */
  public static Optional<StandardCategory> fromCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  /**
   * Recognises a level-1 label as written, such as "产出指标", "产出", "满 意 度 指 标" or
   * "社会公众或服务对象满意度指标".
   *
   * @param label the label as written; {@code null} is treated as unknown
   * @return the level-1 category, or empty for a label that is not a standard one
   */
  public static Optional<StandardCategory> recognizeLevel1(String label) {
    return Optional.ofNullable(LEVEL1_LABELS.get(labelKey(label)));
  }

  /**
   * Recognises a level-2 label as written, such as "数量指标", "环境效益" or "满意度指标" (the seed
   * writes its level-2 satisfaction category the same as its level 1).
   *
   * @param label the label as written; {@code null} is treated as unknown
   * @return the level-2 category, or empty for a label that is not a standard one
   */
  public static Optional<StandardCategory> recognizeLevel2(String label) {
    return Optional.ofNullable(LEVEL2_LABELS.get(labelKey(label)));
  }

  /**
   * Reduces a label to the form that variants share: no whitespace of any width, lower case, no
   * trailing 指标 / "indicator(s)", no ★ core mark.
   */
  static String labelKey(String label) {
    if (label == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char ch = label.charAt(i);
      if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && ch != '★' && ch != '☆') {
        b.append(ch);
      }
    }
    String key = b.toString().toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {"指标", "indicators", "indicator"}) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        key = key.substring(0, key.length() - suffix.length());
        break;
      }
    }
    return key;
  }
}
