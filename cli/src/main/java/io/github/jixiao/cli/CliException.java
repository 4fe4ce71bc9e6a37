package io.github.jixiao.cli;

import io.github.jixiao.JixiaoException;

/**
 * 命令行错误 (a command-line failure): something the user gave cannot be used — a rule pack, a
 * policy file — with the message, in the language of {@code --lang}, that the tool prints after
 * {@code jixiao: } before it exits with {@link Main#UNUSABLE}.
 */
final class CliException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
