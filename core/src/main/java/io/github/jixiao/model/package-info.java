/**
 * 绩效目标文件模型 (document model): immutable values for a published performance-target document —
 * the disclosure ({@link io.github.jixiao.model.Disclosure}), its list, and one target sheet per
 * project ({@link io.github.jixiao.model.BudgetItem}) with funding, goals and the indicator
 * hierarchy.
 *
 * <p>Conventions shared by every type here:
 *
 * <ul>
 *   <li>values are built through a public nested {@code Builder} ({@code X.builder()}) and are
 *       immutable, null-safe and {@link java.io.Serializable};
 *   <li>{@code getX()} / {@code isX()} methods are the stored attributes; plain-named methods
 *       ({@code kind()}, {@code years()}) are computed from them;
 *   <li>text is kept as written and amounts keep their written scale ({@code 18.00} stays
 *       {@code 18.00});
 *   <li>construction rejects only what cannot be a document at all, with a {@link
 *       io.github.jixiao.model.ModelException} naming the field; what a reviewer would flag stays
 *       representable, and Jakarta Validation constraints on the accessors describe what a
 *       well-formed value looks like.
 * </ul>
 */
@JixiaoPublicStyle
package io.github.jixiao.model;

import io.github.jixiao.internal.JixiaoPublicStyle;
