/**
 * 指标值 (target values): the typed reading of what is written in an indicator's 指标值 cell, and
 * the parser that produces it ({@link io.github.jixiao.value.TargetValue#parse(String)}).
 */
@JixiaoPublicStyle
package io.github.jixiao.value;

import io.github.jixiao.internal.JixiaoPublicStyle;
