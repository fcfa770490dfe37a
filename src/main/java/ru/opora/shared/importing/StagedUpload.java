package ru.opora.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file laid on the disk for the time of its import (a file of hundreds of megabytes is
 * streamed, never held in memory), under the name its sender gave it; closing deletes it.
 */
public final class StagedUpload implements AutoCloseable {

    private final String name;
    private final Path path;

    private StagedUpload(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    public static StagedUpload of(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return of(file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StagedUpload of(@org.jspecify.annotations.Nullable String originalName, InputStream content) {
        try {
            Path temp = Files.createTempFile("opora-upload-", ".upload");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            return new StagedUpload(UploadedName.of(originalName), temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public Path path() {
        return path;
    }

    /** The file as an import reads it, under the import's size limit. */
    public TabularImport.Upload upload(long maxBytes) {
        return new TabularImport.Upload(name, path, maxBytes);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind is removed with the others by the system
        }
    }
}
