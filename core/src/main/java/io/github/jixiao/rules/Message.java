package io.github.jixiao.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * 双语消息 (message): the text of a finding in Chinese and English.
 */
public final class Message implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The Chinese text. */
  private final String zh;
  /** The English text. */
  private final String en;

  private Message(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * A message in both languages.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the message
   * @throws NullPointerException if either text is null, naming it
   */
  public static Message of(String zh, String en) {
    return new Message(Objects.requireNonNull(zh, "zh"), Objects.requireNonNull(en, "en"));
  }

  /**
   * The Chinese text.
   *
   * @return the text
   */
  public String zh() {
    return zh;
  }

  /**
   * The English text.
   *
   * @return the text
   */
  public String en() {
    return en;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message && ((Message) o).zh.equals(zh) && ((Message) o).en.equals(en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zh, en);
  }

  @Override
  public String toString() {
    return en;
  }
}
