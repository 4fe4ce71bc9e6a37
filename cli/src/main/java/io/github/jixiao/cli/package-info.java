/**
 * 命令行工具 (command-line tool): {@code jixiao validate | convert | rules}, run from the jar at
 * {@code cli/target/jixiao.jar} ({@link io.github.jixiao.cli.Main}).
 */
package io.github.jixiao.cli;
