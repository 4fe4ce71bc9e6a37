/**
 * 指标值 (target values): the typed reading of what is written in an indicator's 指标值 cell, and
 * the parser that produces it ({@link io.github.jixiao.target.TargetValue#parse(String)}).
 */
@JixiaoStyle
package io.github.jixiao.target;

import io.github.jixiao.internal.JixiaoStyle;
