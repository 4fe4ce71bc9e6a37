package io.github.jixiao.cli;

import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.PolicyException;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * 策略文件 (policy files given with {@code --policy}): read here rather than with {@link
 * Policy#load(Path)} so that a file that cannot be read is named with the reason — no such file, a
 * folder, permission denied — in the language of {@code --lang}, not with the bare path an I/O
 * exception carries.
 */
final class PolicyFiles {
  private PolicyFiles() {}

  /**
   * Reads a policy file.
   *
   * @param file the file
   * @param rules the rules that will run, whose ids and settings the file may name
   * @param say the language of the errors
   * @return the policy
   * @throws CliException naming the file and why it cannot be read or used; what is wrong inside it
   *     is the library's message (the key, the value)
   */
  static Policy load(Path file, RuleSet rules, Phrases say) {
    if (Files.isDirectory(file)) {
      throw new CliException(say.get("policy.isFolder", file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Policy.load(in, rules);
    } catch (NoSuchFileException e) {
      throw new CliException(say.get("policy.noSuchFile", file), e);
    } catch (AccessDeniedException e) {
      throw new CliException(say.get("policy.permissionDenied", file), e);
    } catch (FileSystemException e) {
      // the reason the system gives (a file name too long, a loop of links), not just the path
      throw new CliException(say.get("policy.cannotRead", file, e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()), e);
    } catch (IOException e) {
      throw new CliException(say.get("policy.cannotRead", file, e.getClass().getSimpleName() + ": " + e.getMessage()), e);
    } catch (PolicyException e) {
      throw new CliException(say.get("policy.invalid", file, e.getMessage()), e);
    }
  }
}
