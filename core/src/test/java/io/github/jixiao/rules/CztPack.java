package io.github.jixiao.rules;

import java.math.BigDecimal;
import java.util.List;

/** A rule pack with settings of every type, and a rule that reports the values it reads. */
final class CztPack implements RuleProvider {
  static final Setting<BigDecimal> MINIMUM =
      Setting.percentage("czt.satisfaction.minimum", new BigDecimal("90"), "满意度最低值", "satisfaction minimum");
  static final Setting<Integer> LIMIT = Setting.integer("czt.goal.limit", 8, "目标字数下限", "shortest goal");
  static final Setting<Boolean> STRICT = Setting.bool("czt.strict", false, "从严", "strict");
  static final Setting<BigDecimal> AMOUNT = Setting.decimal("czt.amount", new BigDecimal("1.50"), "金额", "amount");
  static final Setting<String> REGION = Setting.string("czt.region", "安徽", "地区", "region");
  static final String RULE_ID = "CZT-SET-001";

  @Override
  public String id() {
    return "czt";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new ReportsSettings());
  }

  @Override
  public List<Setting<?>> settings() {
    return List.of(MINIMUM, LIMIT, STRICT, AMOUNT, REGION);
  }

  /** The catalogue and this pack. */
  static RuleSet withCatalogue() {
    return RuleSet.builder().addCatalogue().addProvider(new CztPack()).build();
  }

  /** Reports each sheet once, the settings' values in its message. */
  static final class ReportsSettings implements ItemRule {
    private static final RuleMetadata METADATA = TestRules.metadata(RULE_ID);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void check(ItemCheck check) {
      Policy p = check.policy();
      String values = p.setting(MINIMUM).toPlainString() + "|" + p.setting(LIMIT) + "|" + p.setting(STRICT) + "|"
          + p.setting(AMOUNT).toPlainString() + "|" + p.setting(REGION);
      check.report(check.at(Section.ITEM, "name"), Message.of(values, values));
    }
  }
}
