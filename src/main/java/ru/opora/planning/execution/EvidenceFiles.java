package ru.opora.planning.execution;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.opora.planning.documents.PlanningSettings;
import ru.opora.shared.StoredFiles;

/** Evidence files: the shared file store with the limits of the planning settings. */
@Component
class EvidenceFiles {

    private final StoredFiles files;
    private final StoredFiles.Limits limits;

    EvidenceFiles(@Value("${opora.storage.dir:data/files}") String dir, PlanningSettings settings) {
        this.files = new StoredFiles(Path.of(dir));
        this.limits = new StoredFiles.Limits(settings.evidenceMaxBytes(), settings.evidenceTypes());
    }

    Optional<StoredFiles.Refusal> check(String name, long size, byte[] head) {
        return files.check(name, size, head, limits);
    }

    String store(String name, InputStream content) {
        return files.store(name, content);
    }

    InputStream open(String stored) {
        return files.open(stored);
    }
}
