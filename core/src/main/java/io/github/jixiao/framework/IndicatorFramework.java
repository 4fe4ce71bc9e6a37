package io.github.jixiao.framework;

import static io.github.jixiao.framework.StandardCategory.BENEFIT;
import static io.github.jixiao.framework.StandardCategory.COST;
import static io.github.jixiao.framework.StandardCategory.ECOLOGICAL_BENEFIT;
import static io.github.jixiao.framework.StandardCategory.ECONOMIC_BENEFIT;
import static io.github.jixiao.framework.StandardCategory.ECONOMIC_COST;
import static io.github.jixiao.framework.StandardCategory.ECO_ENVIRONMENTAL_COST;
import static io.github.jixiao.framework.StandardCategory.OUTPUT;
import static io.github.jixiao.framework.StandardCategory.OUTPUT_COST;
import static io.github.jixiao.framework.StandardCategory.QUALITY;
import static io.github.jixiao.framework.StandardCategory.QUANTITY;
import static io.github.jixiao.framework.StandardCategory.SATISFACTION;
import static io.github.jixiao.framework.StandardCategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.framework.StandardCategory.SOCIAL_BENEFIT;
import static io.github.jixiao.framework.StandardCategory.SOCIAL_COST;
import static io.github.jixiao.framework.StandardCategory.SUSTAINABLE_IMPACT;
import static io.github.jixiao.framework.StandardCategory.TIMELINESS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 绩效指标体系 (indicator framework): which level-2 categories belong to which level-1 category.
 *
 * <p>Two frameworks are in use, and both are data here, consulted by readers, generators and
 * rules rather than hard-coded in if-statements:
 *
 * <ul>
 *   <li>{@link #PRE_2021}: the template of 财预〔2015〕88号 — 产出 (数量, 质量, 时效, 成本), 效益
 *       (经济, 社会, 生态, 可持续影响), 满意度 (服务对象满意度);
 *   <li>{@link #V2021}: 财预〔2021〕101号 — 成本 becomes a level-1 category (经济成本, 社会成本,
 *       生态环境成本); 产出 keeps 数量, 质量, 时效; 效益 and 满意度 as before.
 * </ul>
 */
public enum IndicatorFramework {
  /** The pre-2021 framework (财预〔2015〕88号 template). */
  PRE_2021(
      "pre-2021",
      "财预〔2015〕88号",
      List.of(OUTPUT, BENEFIT, SATISFACTION),
      List.of(
          List.of(QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST),
          List.of(ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT),
          List.of(SERVICE_RECIPIENT_SATISFACTION))),

  /** The 2021 framework (财预〔2021〕101号), with 成本 as a level-1 category. */
  V2021(
      "2021",
      "财预〔2021〕101号",
      List.of(COST, OUTPUT, BENEFIT, SATISFACTION),
      List.of(
          List.of(ECONOMIC_COST, SOCIAL_COST, ECO_ENVIRONMENTAL_COST),
          List.of(QUANTITY, QUALITY, TIMELINESS),
          List.of(ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT),
          List.of(SERVICE_RECIPIENT_SATISFACTION)));

  private final String id;
  private final String source;
  private final Map<StandardCategory, List<StandardCategory>> children;
  // Derived from children once, because rules ask these for every indicator row.
  private final List<StandardCategory> level1;
  private final List<StandardCategory> level2;
  private final Map<StandardCategory, StandardCategory> parents = new EnumMap<>(StandardCategory.class);
  private final Set<StandardCategory> members = EnumSet.noneOf(StandardCategory.class);

  IndicatorFramework(
      String id,
      String source,
      List<StandardCategory> level1,
      List<List<StandardCategory>> level2ByLevel1) {
    this.id = id;
    this.source = source;
    Map<StandardCategory, List<StandardCategory>> map = new LinkedHashMap<>();
    for (int i = 0; i < level1.size(); i++) {
      map.put(level1.get(i), level2ByLevel1.get(i));
    }
    this.children = Collections.unmodifiableMap(map);
    this.level1 = List.copyOf(map.keySet());
    List<StandardCategory> all = new ArrayList<>();
    map.forEach((parent, kids) -> {
      all.addAll(kids);
      kids.forEach(kid -> parents.put(kid, parent));
    });
    this.level2 = List.copyOf(all);
    members.addAll(level1);
    members.addAll(all);
  }

  /**
   * The stable identifier of this framework: {@code pre-2021} or {@code 2021}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * The central document that defines this framework, such as 财预〔2021〕101号.
   *
   * @return the source document number
   */
  public String source() {
    return source;
  }

  /**
   * The level-1 categories of this framework in template order.
   *
   * @return an unmodifiable list
   */
  public List<StandardCategory> level1Categories() {
    return level1;
  }

  /**
   * The level-2 categories under a level-1 category, in template order.
   *
   * @param level1 a level-1 category
   * @return an unmodifiable list, empty when {@code level1} is not part of this framework
   */
  public List<StandardCategory> level2Categories(StandardCategory level1) {
    return children.getOrDefault(level1, List.of());
  }

  /**
   * All level-2 categories of this framework, in template order.
   *
   * @return an unmodifiable list
   */
  public List<StandardCategory> level2Categories() {
    return level2;
  }

  /**
   * The level-1 category that a level-2 category belongs to in this framework.
   *
   * @param level2 a level-2 category
   * @return its parent, or empty when {@code level2} is not part of this framework
   */
  public Optional<StandardCategory> parentOf(StandardCategory level2) {
    return Optional.ofNullable(level2 == null ? null : parents.get(level2));
  }

  /**
   * Whether a category (of either level) is part of this framework.
   *
   * @param category a category
   * @return true when the framework contains it
   */
  public boolean contains(StandardCategory category) {
    return category != null && members.contains(category);
  }

  /**
   * Whether {@code level2} sits under {@code level1} in this framework.
   *
   * @param level1 a level-1 category
   * @param level2 a level-2 category
   * @return true when the pair belongs together
   */
  public boolean belongsTo(StandardCategory level2, StandardCategory level1) {
    return level1 != null && level1 == parents.get(level2);
  }

  /**
   * Finds a framework by its {@linkplain #id() identifier}.
   *
   * @param id {@code pre-2021} or {@code 2021}
   * @return the framework, or empty for an unknown identifier
   */
  public static Optional<IndicatorFramework> fromId(String id) {
    for (IndicatorFramework f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Guesses the framework from the standard categories a document uses: a level-1 成本 or a 2021
   * cost category means {@link #V2021}; 成本 under 产出 means {@link #PRE_2021}.
   *
   * @param categories the standard categories found in a document, of either level
   * @return the framework the categories point to, or empty when they fit both or neither
   */
  public static Optional<IndicatorFramework> detect(Iterable<StandardCategory> categories) {
    boolean pre2021 = false;
    boolean v2021 = false;
    for (StandardCategory c : categories) {
      if (c == OUTPUT_COST) {
        pre2021 = true;
      } else if (c == COST || c == ECONOMIC_COST || c == SOCIAL_COST || c == ECO_ENVIRONMENTAL_COST) {
        v2021 = true;
      }
    }
    if (pre2021 == v2021) {
      return Optional.empty();
    }
    return Optional.of(pre2021 ? PRE_2021 : V2021);
  }
}
