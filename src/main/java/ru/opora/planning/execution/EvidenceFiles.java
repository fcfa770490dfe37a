package ru.opora.planning.execution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.opora.planning.documents.PlanningSettings;

/**
 * Evidence files on disk. A file is kept under a name Opora makes (a UUID and the checked extension),
 * never the uploader's, so no name can reach outside the folder; the uploader's name is kept only as
 * text. Size, extension and the file's first bytes are checked before anything is written.
 */
@Component
class EvidenceFiles {

    /** Why a file is refused: a message code and its argument. */
    record Refusal(String code, String argument) implements java.io.Serializable {} // flashed through the JDBC session

    private final Path root;
    private final PlanningSettings settings;

    EvidenceFiles(@Value("${opora.storage.dir:data/files}") String dir, PlanningSettings settings) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** The reason the upload is refused, if it is. */
    Optional<Refusal> check(String name, long size, byte[] head) {
        if (name.isBlank()
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.startsWith(".")
                || name.chars().anyMatch(Character::isISOControl))
            return Optional.of(new Refusal("planning.evidence.badName", name));
        if (size == 0) return Optional.of(new Refusal("planning.evidence.empty", name));
        if (size > settings.evidenceMaxBytes())
            return Optional.of(new Refusal(
                    "planning.evidence.tooLarge", String.valueOf(settings.evidenceMaxBytes() / (1024 * 1024))));
        String ext = extension(name);
        if (!settings.evidenceTypes().contains(ext))
            return Optional.of(new Refusal("planning.evidence.badType", String.join(", ", settings.evidenceTypes())));
        if (!FileSignature.matches(ext, head)) return Optional.of(new Refusal("planning.evidence.notWhatItSays", ext));
        return Optional.empty();
    }

    /** Writes the checked file; returns the stored name. */
    String store(String name, InputStream content) {
        String stored = UUID.randomUUID() + "." + extension(name);
        Path target = root.resolve(stored.substring(0, 2)).resolve(stored).normalize();
        if (!target.startsWith(root)) throw new IllegalStateException("outside the storage folder");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    Path path(String stored) {
        Path p = root.resolve(stored.substring(0, 2)).resolve(stored).normalize();
        if (!p.startsWith(root)) throw new IllegalStateException("outside the storage folder");
        return p;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
