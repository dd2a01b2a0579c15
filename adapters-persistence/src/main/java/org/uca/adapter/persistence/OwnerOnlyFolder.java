package org.uca.adapter.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.uca.application.port.out.StorageUnavailable;

/**
 * The embedded database's folder and files, readable by their owner only (the user UCA runs as): the files hold
 * residents' names, addresses and case records. On a file system without POSIX permissions (Windows) the folder's
 * own access control applies.
 */
final class OwnerOnlyFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final String WHAT_TO_DO = "set UCA_DATA_DIR to a folder UCA's user can create or write.";

    private OwnerOnlyFolder() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates the folder (owner only) if it is not there, or narrows an existing one to its owner.
     *
     * @throws StorageUnavailable when the folder cannot be created or written, saying which and why
     */
    static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StorageUnavailable("The data folder " + folder + " is a file, not a folder: " + WHAT_TO_DO, null);
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (posix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (posix()) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageUnavailable("The data folder " + folder + " cannot be created or made private ("
                    + reason(e) + "): " + WHAT_TO_DO, e);
        }
        if (!Files.isWritable(folder)) {
            throw new StorageUnavailable("The data folder " + folder + " is not writable by this user: " + WHAT_TO_DO,
                    null);
        }
    }

    /** Narrows the database's files (made by H2 with the process's umask) to their owner. */
    static void protectFiles(Path folder) {
        if (!posix()) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new StorageUnavailable("The files in the data folder " + folder + " cannot be made private ("
                    + reason(e) + "): " + WHAT_TO_DO, e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName() + " " + fs.getFile();
        }
        return String.valueOf(e.getMessage());
    }
}
