/**
 * PDF 格式 (the PDF format): {@link io.github.jixiao.pdf.PdfFormat} reads performance-target
 * documents from PDF files with a text layer — the ruled tables (found from their ruling lines) and
 * the paragraphs between them, on Apache PDFBox 3, under per-reader limits — and hands them to the
 * format-neutral form reader. Reading only.
 */
@JixiaoStyle
package io.github.jixiao.pdf;

import io.github.jixiao.internal.JixiaoStyle;
