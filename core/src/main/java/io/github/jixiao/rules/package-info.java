/**
 * 审核规则引擎 (rule engine): rules with stable metadata, structured findings, an immutable
 * policy of thresholds, rule sets built from the built-in catalogue, the caller's rules and rule
 * packs found through {@link java.util.ServiceLoader}, and reports.
 *
 * <p>Start with {@link io.github.jixiao.rules.RuleSet#catalogue()} and {@link
 * io.github.jixiao.rules.RuleSet#evaluate(io.github.jixiao.model.Disclosure,
 * io.github.jixiao.rules.Policy)}.
 *
 * <p>Failures: {@link io.github.jixiao.rules.PolicyException} for a policy that cannot be used,
 * {@link io.github.jixiao.rules.RuleSetException} (and {@link
 * io.github.jixiao.rules.DuplicateRuleException}) for a rule set that cannot be built, both {@link
 * io.github.jixiao.JixiaoException}s; a {@code null} argument is a {@link NullPointerException}
 * naming the parameter.
 */
@JixiaoStyle
package io.github.jixiao.rules;

import io.github.jixiao.internal.JixiaoStyle;
