/**
 * Excel 格式 (the Excel format): {@link io.github.jixiao.xlsx.XlsxFormat} reads performance-target
 * workbooks from .xlsx files — streaming the zip and the worksheet XML with StAX under per-reader
 * limits, taking every cell as a person sees it (its number format applied to the stored decimal,
 * formulas by their cached value) — and hands each worksheet's layout to the shared form reader.
 */
@JixiaoStyle
package io.github.jixiao.xlsx;

import io.github.jixiao.internal.JixiaoStyle;
