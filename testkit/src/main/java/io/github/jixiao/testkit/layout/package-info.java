/**
 * 版面动物园 (layout zoo): jqwik generators of document layouts — paragraphs and tables with merged
 * cells, as the templates of 项目支出绩效目标表 lay them out — each with the disclosure a correct
 * {@link io.github.jixiao.layout.FormReader} reads from it ({@link
 * io.github.jixiao.testkit.layout.LayoutZoo#cases()}), and noise to add to them ({@link
 * io.github.jixiao.testkit.layout.LayoutZoo#withNoise(ZooCase, java.util.Random)}).
 */
package io.github.jixiao.testkit.layout;
