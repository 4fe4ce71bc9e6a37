package io.github.jixiao.rules;

/**
 * What the engine does with a failure thrown out of a rule: which failures become the rule's ERROR
 * finding, and which end the evaluation.
 *
 * <p>A rule is code from a rule pack, so anything a rule pack can throw is contained — runtime
 * exceptions, {@link AssertionError}s, {@link LinkageError}s such as {@link NoClassDefFoundError}
 * or {@link ExceptionInInitializerError} (a missing or broken dependency of the pack), other
 * errors a pack defines, even checked exceptions thrown past the compiler, and {@link
 * StackOverflowError} (the stack is unwound by the time the engine sees it). A {@link
 * VirtualMachineError} other than a stack overflow — {@link OutOfMemoryError}, {@link
 * InternalError}, {@link UnknownError} — is not: it says the virtual machine, not the rule, is in
 * trouble, so the report would not be trustworthy and the error goes to the caller as it is.
 */
final class RuleFailures {
  private RuleFailures() {}

  /**
   * Returns when the failure is the rule's own and becomes its finding; rethrows it otherwise.
   *
   * @param failure what the rule threw
   */
  static void containOrRethrow(Throwable failure) {
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt(); // thrown past the compiler: keep the caller's interrupt
    }
  }

  /**
   * The failure as text for the finding: its class and message. A message that itself fails (a
   * pack's exception overriding {@code getMessage()}) is left out rather than allowed to escape.
   *
   * @param failure what the rule threw
   * @return the class name, with ": " and the message when there is one
   */
  static String describe(Throwable failure) {
    String message;
    try {
      message = failure.getMessage();
    } catch (Throwable e) {
      containOrRethrow(e);
      message = "(its message could not be read: " + e.getClass().getName() + ")";
    }
    return failure.getClass().getName() + (message == null ? "" : ": " + message);
  }
}
