package vn.taphuan.testsupport.identity;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Secrets on disk (the issuer's signing key, its users' password hashes) readable by their owner only. On POSIX file
 * systems a file is created with {@code rw-------} and its directory with {@code rwx------}, so there is no moment in
 * which another user of the machine could read it; elsewhere (Windows) they get the directory's access list.
 */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /** Replaces {@code file} with {@code content} in one move, the new file never readable by others. */
    static void write(Path file, byte[] content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            if (POSIX) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectories(directory);
            }
        }
        Path temporary = POSIX
                ? Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(directory, file.getFileName().toString(), ".tmp", new FileAttribute<?>[0]);
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Takes the permissions of others and the group away from a file or directory an older version left open. */
    static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    private OwnerOnlyFiles() {
    }
}
