package io.github.jixiao.examples.spring;

/**
 * 无法识别的文件 (unrecognised document): neither the file name, the content type nor the first
 * bytes of a posted document name a format the service reads. Answered with 415.
 */
public class UnsupportedDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception naming the document.
   *
   * @param document the document's name, such as its file name
   */
  public UnsupportedDocumentException(String document) {
    super(document + " is neither a Word (.docx) nor a JSON (.json) performance-target document");
  }
}
