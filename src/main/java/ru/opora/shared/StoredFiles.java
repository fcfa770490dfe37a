package ru.opora.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files on disk (measures' evidence, visits' attachments). A file is kept under a name
 * Opora makes (a UUID and the checked extension), never the uploader's, so no name can reach outside
 * the folder; the uploader's name is kept only as text. Size, extension and the file's first bytes
 * are checked before anything is written.
 */
public final class StoredFiles {

    /** Why a file is refused: a message code ({@code files.badName} …) and its argument. */
    public record Refusal(String code, String argument)
            implements java.io.Serializable {} // flashed through the JDBC session

    /** What a kind of upload may be. */
    public record Limits(long maxBytes, List<String> extensions) {

        public Limits {
            extensions = List.copyOf(extensions);
        }
    }

    private final Path root;

    public StoredFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The reason the upload is refused, if it is. */
    public Optional<Refusal> check(String name, long size, byte[] head, Limits limits) {
        if (name.isBlank()
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.startsWith(".")
                || name.chars().anyMatch(Character::isISOControl))
            return Optional.of(new Refusal("files.badName", name));
        if (size == 0) return Optional.of(new Refusal("files.empty", name));
        if (size > limits.maxBytes())
            return Optional.of(new Refusal("files.tooLarge", String.valueOf(limits.maxBytes() / (1024 * 1024))));
        String ext = extension(name);
        if (!limits.extensions().contains(ext))
            return Optional.of(new Refusal("files.badType", String.join(", ", limits.extensions())));
        if (!FileSignature.matches(ext, head)) return Optional.of(new Refusal("files.notWhatItSays", ext));
        return Optional.empty();
    }

    /** Writes a checked file; returns the stored name. */
    public String store(String name, InputStream content) {
        String stored = UUID.randomUUID() + "." + extension(name);
        Path target = path(stored);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    public InputStream open(String stored) {
        try {
            return Files.newInputStream(path(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String stored) {
        Path p = root.resolve(stored.substring(0, 2)).resolve(stored).normalize();
        if (!p.startsWith(root)) throw new IllegalStateException("outside the storage folder");
        return p;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
