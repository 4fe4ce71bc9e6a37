/**
 * Word 格式 (the Word format): {@link io.github.jixiao.docx.DocxFormat} reads performance-target
 * documents from .docx files made by any word processor — streaming the zip and {@code
 * word/document.xml} with StAX, under per-reader limits, finding fields by their labels — and
 * writes the standard form with Apache POI.
 */
@JixiaoStyle
package io.github.jixiao.docx;

import io.github.jixiao.internal.JixiaoStyle;
