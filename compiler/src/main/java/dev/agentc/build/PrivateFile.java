package dev.agentc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Files only their owner may use (signing keys, secret values): what is wrong with one, if anything. */
public final class PrivateFile {
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private PrivateFile() {}

  /** What is wrong: {@code permissions} when `chmod 600` would fix it. */
  public record Problem(String reason, boolean permissions) {}

  /** Why {@code path} cannot be trusted to be private, or empty when it can (or the file system has no POSIX permissions). */
  public static Optional<Problem> problem(Path path) {
    if (!Files.exists(path)) return Optional.of(new Problem("the file does not exist", false));
    if (!Files.isRegularFile(path)) return Optional.of(new Problem("it is not a regular file", false));
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
      if (perms.stream().anyMatch(OTHERS::contains)) {
        return Optional.of(new Problem("its permissions (" + PosixFilePermissions.toString(perms) + ") let group or others use it; allow only its owner",
            true));
      }
    } catch (UnsupportedOperationException e) {
      // No POSIX permissions on this file system (Windows): there is nothing to check.
    } catch (IOException e) {
      return Optional.of(new Problem("its permissions cannot be read", false));
    }
    return Optional.empty();
  }
}
