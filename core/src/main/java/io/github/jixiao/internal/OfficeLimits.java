package io.github.jixiao.internal;

import io.github.jixiao.internal.OfficeZip.ZipLimits;
import java.io.InputStream;

/**
 * 办公文档读取限值 (Office document read limits): the zip and XML markup limits that the Word and
 * Excel read options both have, by the same names but with each format's defaults, as the shared
 * {@link OfficeZip} and {@link XmlInput} take them. The options classes keep their public getters
 * (their builders, Javadoc and defaults are what users know); this is where the two meet. Not API.
 *
 * @param zip the limits of the zip archive
 * @param maxMarkupLength the most characters of one piece of markup
 * @param maxAttributeLength the most characters of one attribute value
 */
public record OfficeLimits(ZipLimits zip, int maxMarkupLength, int maxAttributeLength) {
  /**
   * The limits of an options class, each checked to be positive.
   *
   * @param options the options class, for the messages (such as {@code DocxReadOptions})
   * @param maxInflatedBytes the most bytes all entries may inflate to together
   * @param maxZipEntries the most entries
   * @param maxInflateRatio the highest inflated-to-compressed ratio of an entry larger than the threshold
   * @param zipRatioThresholdBytes the inflated size from which the ratio applies
   * @param maxMarkupLength the most characters of one piece of markup
   * @param maxAttributeLength the most characters of one attribute value
   * @return the limits
   * @throws io.github.jixiao.model.ModelException if a limit is not positive
   */
  public static OfficeLimits checked(String options, long maxInflatedBytes, int maxZipEntries, int maxInflateRatio,
      long zipRatioThresholdBytes, int maxMarkupLength, int maxAttributeLength) {
    Limits.requirePositive(maxInflatedBytes, options + ".maxInflatedBytes");
    Limits.requirePositive(maxZipEntries, options + ".maxZipEntries");
    Limits.requirePositive(maxInflateRatio, options + ".maxInflateRatio");
    Limits.requirePositive(zipRatioThresholdBytes, options + ".zipRatioThresholdBytes");
    Limits.requirePositive(maxMarkupLength, options + ".maxMarkupLength");
    Limits.requirePositive(maxAttributeLength, options + ".maxAttributeLength");
    return new OfficeLimits(new ZipLimits(maxInflatedBytes, maxZipEntries, maxInflateRatio, zipRatioThresholdBytes),
        maxMarkupLength, maxAttributeLength);
  }

  /**
   * The characters of one XML part, guarded by these markup limits.
   *
   * @param in the part's bytes
   * @param part the part name, for locations
   * @return the input for the parser
   */
  public XmlInput xml(InputStream in, String part) {
    return new XmlInput(in, part, maxMarkupLength, maxAttributeLength);
  }
}
