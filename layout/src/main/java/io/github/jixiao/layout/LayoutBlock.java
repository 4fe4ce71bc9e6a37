package io.github.jixiao.layout;

/**
 * 版面块 (layout block): one block of a document's body in reading order — a {@link
 * LayoutParagraph} or a {@link LayoutTable}. Format readers produce blocks; the {@link FormReader}
 * understands them.
 */
public sealed interface LayoutBlock permits LayoutParagraph, LayoutTable {}
