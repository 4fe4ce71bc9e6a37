package io.github.jixiao.examples.spring;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.json.JsonReports;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * 文件审核 (document validation): picks the format of a posted document, reads it, checks it with
 * the rules and the policy, and writes the report in Jixiao's JSON report format — the {@code
 * "reports"} form of {@code jixiao validate --format json}, one document with its findings and the
 * warnings of its reading (cells of an unknown layout that could not be placed).
 */
@Service
public class DocumentValidator {
  private final FormatRegistry formats;
  private final RuleSet rules;
  private final Policy policy;

  /**
   * A validator with the application's formats, rules and policy.
   *
   * @param formats the formats to read
   * @param rules the rules to check with
   * @param policy the thresholds, rules disabled and severities
   */
  public DocumentValidator(FormatRegistry formats, RuleSet rules, Policy policy) {
    this.formats = formats;
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * Reads and checks one document.
   *
   * @param name the document's name in the report, such as the uploaded file's name
   * @param contentType the declared content type, or null
   * @param in the document's bytes, not closed
   * @return the report as UTF-8 JSON
   * @throws ResponseStatusException 415 when no format recognises the document (Spring's own
   *     exception: Jixiao's exceptions all extend {@code JixiaoException}, and this one is the web's)
   * @throws FormatException when the document is malformed or over a reader's limits
   * @throws IOException when the request cannot be read
   */
  public byte[] validate(String name, MediaType contentType, InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(FormatRegistry.SNIFF_BYTES);
    byte[] head = buffered.readNBytes(FormatRegistry.SNIFF_BYTES);
    buffered.reset();
    FormatProvider format = formatOf(name, contentType, head).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, name + " is neither a Word (.docx) nor a JSON (.json) performance-target document"));

    ReadResult<Disclosure> read = format.reader(ReadOptions.defaults()).read(buffered);
    Report report = rules.evaluate(read.value(), policy);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JsonReports.writeJson(Map.of(name, report), Map.of(name, read.warnings()), json);
    return json.toByteArray();
  }

  /**
   * The format by the name's extension, then by the content type, then by the first bytes: a
   * client that posts a .docx as {@code application/octet-stream} is still understood.
   */
  private Optional<FormatProvider> formatOf(String name, MediaType contentType, byte[] head) {
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      Optional<FormatProvider> byExtension = formats.byExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT));
      if (byExtension.isPresent()) {
        return byExtension;
      }
    }
    if (contentType != null) {
      String type = contentType.getType() + "/" + contentType.getSubtype();
      for (FormatProvider format : formats.providers()) {
        if (format.mediaTypes().contains(type)) {
          return Optional.of(format);
        }
      }
    }
    return formats.sniff(head);
  }
}
