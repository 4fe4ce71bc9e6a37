/**
 * 绩效 (Jixiao): what every part of Jixiao shares — the root of its exceptions, {@link
 * io.github.jixiao.JixiaoException}. The model, target values, frameworks, rules and formats live in
 * the subpackages.
 */
package io.github.jixiao;
