package ru.opora.shared.jobs;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;
import ru.opora.shared.importing.TabularImport;

/**
 * Starts a file import as a background job, for the API: the upload is kept on disk until the job
 * has read it, and the job ends done with the import's report, or failed with the report's
 * problems, each written out in the caller's language. The caller is answered at once with 202 and
 * the job's address.
 */
@Component
public class ImportLauncher {

    /** What is started: the import's label («register», «results», …), by whom, for which region, from which file. */
    public record Launch(
            String kind, String user, @Nullable UUID regionId, MultipartFile file, long maxBytes, Locale locale) {}

    /** The API's answer to a started import: the job and where to ask for its state. */
    public record Started(UUID job, String status, String href) {}

    private final BackgroundJobs jobs;
    private final MessageSource messages;

    ImportLauncher(BackgroundJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** Queues the import; {@code importer} reads and (unless it is a check) writes the file, returning its report. */
    public ResponseEntity<Started> start(Launch launch, Function<TabularImport.Upload, ImportReport> importer) {
        return startWith(launch, (upload, progress) -> {
            var report = importer.apply(upload);
            return new BackgroundJobs.Result(report.ok(), ImportReportView.of(report, messages, launch.locale()));
        });
    }

    /** An import that reports its progress and answers more than the report (the results' counts, recomputed profiles). */
    @FunctionalInterface
    public interface Importer {
        BackgroundJobs.Result run(TabularImport.Upload upload, BackgroundJobs.Progress progress);
    }

    /** Queues an import written as an {@link Importer}. */
    public ResponseEntity<Started> startWith(Launch launch, Importer importer) {
        var staged = StagedUpload.of(launch.file());
        try {
            UUID id = jobs.submit(
                    new BackgroundJobs.Request(launch.kind(), launch.user(), launch.regionId(), staged.name()),
                    progress -> {
                        try (staged) {
                            return importer.run(staged.upload(launch.maxBytes()), progress);
                        }
                    });
            return accepted(id);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** 202 Accepted with the job's address in {@code Location}. */
    public static ResponseEntity<Started> accepted(UUID job) {
        String href = "/api/v1/jobs/" + job;
        return ResponseEntity.accepted().location(URI.create(href)).body(new Started(job, "QUEUED", href));
    }

    /** The report as the API writes it, in the caller's language. */
    public ImportReportView view(ImportReport report, Locale locale) {
        return ImportReportView.of(report, messages, locale);
    }
}
