package io.github.jixiao.json;

import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints set from the {@link ReadOptions}, whose every check fails with a
 * {@link LimitExceeded} that says which limit was exceeded, so that the reader classifies a
 * limit failure by its type rather than by Jackson's wording. Jackson hands its constraints object
 * to every parser and calls these methods as it reads; the limits themselves are Jackson's.
 */
final class JsonLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private JsonLimits(StreamReadConstraints limits) {
    super(limits.getMaxNestingDepth(), limits.getMaxDocumentLength(), limits.getMaxTokenCount(),
        limits.getMaxNumberLength(), limits.getMaxStringLength(), limits.getMaxNameLength());
  }

  /** The constraints for one reader's options. */
  static JsonLimits of(ReadOptions options) {
    return new JsonLimits(StreamReadConstraints.builder()
        .maxNestingDepth(options.getMaxDepth())
        .maxStringLength(options.getMaxStringLength())
        .maxNumberLength(JsonReadOptions.of(options).getMaxNumberLength())
        .maxNameLength(Math.min(options.getMaxStringLength(), 50_000))
        .build());
  }

  @Override
  public void validateNestingDepth(int depth) {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.TOO_DEEP, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.TOO_LARGE, e);
    }
  }

  @Override
  public void validateTokenCount(long count) {
    try {
      super.validateTokenCount(count);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.TOO_LARGE, e);
    }
  }

  @Override
  public void validateFPLength(int length) {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.NUMBER_TOO_LONG, e);
    }
  }

  @Override
  public void validateIntegerLength(int length) {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.NUMBER_TOO_LONG, e);
    }
  }

  @Override
  public void validateBigIntegerScale(int scale) {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.NUMBER_TOO_LONG, e);
    }
  }

  @Override
  public void validateStringLength(int length) {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.STRING_TOO_LONG, e);
    }
  }

  @Override
  public void validateStringLengthLong(long length) {
    try {
      super.validateStringLengthLong(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.STRING_TOO_LONG, e);
    }
  }

  /** A field name is a string: its limit is the string limit (at most 50,000 characters). */
  @Override
  public void validateNameLength(int length) {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(Reason.STRING_TOO_LONG, e);
    }
  }

  /**
   * Jackson's limit failure with the reason it stands for. A Jackson exception (the parser lets
   * only those pass), never seen outside the reader: {@link JsonInput} turns it into a {@code
   * FormatException} with that reason.
   */
  static final class LimitExceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    /** The limit exceeded, as a reason. */
    final Reason reason;

    LimitExceeded(Reason reason, StreamConstraintsException e) {
      super(e.getOriginalMessage()); // Jackson's limit failures carry no location; the reader adds it
      this.reason = reason;
    }
  }
}
