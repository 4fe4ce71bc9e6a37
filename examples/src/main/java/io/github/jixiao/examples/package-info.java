/**
 * 示例 (examples): small programs showing the main uses of Jixiao — read a Word file and validate
 * it, build a sheet in code and write Word and JSON, add a rule pack through ServiceLoader,
 * validate a folder into SARIF. Each is run by a test; the property test of a custom rule on
 * testkit's generators is under {@code src/test}.
 */
package io.github.jixiao.examples;
