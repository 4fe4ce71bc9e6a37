package io.github.jixiao.examples.spring;

import io.github.jixiao.format.FormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 错误应答 (problem answers): a document the service cannot read is the client's problem, said
 * as an RFC 9457 problem detail with where in the document it went wrong — not a 500.
 */
@RestControllerAdvice
public class ProblemAnswers {
  /**
   * 422 for a malformed document or one over a reader's limits, with the reason and the place;
   * also for a model type in a request body that Spring's mapper read through the Jixiao module
   * (Spring matches the handler on the exception's cause).
   *
   * @param e the reader's exception
   * @return the problem: {@code reason} (such as {@code MALFORMED}), {@code location} (such as
   *     "line 3, column 7") and the detail
   */
  @ExceptionHandler(FormatException.class)
  public ProblemDetail unreadable(FormatException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle("The document cannot be read");
    problem.setProperty("reason", e.reason().name());
    problem.setProperty("location", e.location().describe());
    return problem;
  }

  /**
   * 415 for a document in no format the service reads.
   *
   * @param e the exception naming the document
   * @return the problem
   */
  @ExceptionHandler(UnsupportedDocumentException.class)
  public ProblemDetail unsupported(UnsupportedDocumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    problem.setTitle("Not a performance-target document");
    return problem;
  }
}
