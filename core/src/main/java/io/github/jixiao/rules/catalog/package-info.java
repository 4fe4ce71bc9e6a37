/**
 * 内置规则目录 (built-in catalogue): one rule per review check of docs/domain.md, "Checks
 * reviewers apply", each with a stable id, its source and bilingual messages from {@code
 * CatalogueMessages_zh.properties} / {@code _en.properties}. {@link
 * io.github.jixiao.rules.catalog.BuiltInRules#all()} lists them.
 */
package io.github.jixiao.rules.catalog;
