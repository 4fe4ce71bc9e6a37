/**
 * JSON 格式 (the Jixiao JSON format): {@link io.github.jixiao.json.JsonFormat} reads and writes
 * disclosures, single budget items and streamed batches (arrays or JSON Lines) of the format
 * described in {@code docs/json-format.md} and by the JSON Schema shipped in this jar; {@link
 * io.github.jixiao.json.JsonReports} writes review reports as JSON and SARIF 2.1.0.
 */
@JixiaoStyle
package io.github.jixiao.json;

import io.github.jixiao.internal.JixiaoStyle;
