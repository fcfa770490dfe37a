package ru.opora.monitoring.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.shared.StoredFiles;
import ru.opora.shared.importing.UploadedName;

/**
 * Files a school backs its values with: checked (size, type, the first bytes) before anything is
 * written, each refusal named with its indicator, and stored only when the whole form is taken.
 * Limits are the deployment's: {@code opora.monitoring.evidence.max-mb} (10) and
 * {@code opora.monitoring.evidence.types}.
 */
@Component
public class ValueEvidenceFiles {

    /** A file field of the form: {@code file_<indicator code>}. */
    static final String FIELD = "file_";

    private final StoredFiles files;
    private final StoredFiles.Limits limits;

    ValueEvidenceFiles(
            @Value("${opora.storage.dir:data/files}") String dir,
            @Value("${opora.monitoring.evidence.max-mb:10}") long maxMegabytes,
            @Value("${opora.monitoring.evidence.types:pdf,docx,doc,xlsx,xls,odt,ods,jpg,jpeg,png}")
                    List<String> types) {
        this.files = new StoredFiles(Path.of(dir));
        this.limits = new StoredFiles.Limits(maxMegabytes * 1024 * 1024, types);
    }

    /** The uploaded files of the form by indicator code; empty file fields are left out. */
    static Map<String, MultipartFile> of(Campaign c, Map<String, MultipartFile> parts) {
        var chosen = new LinkedHashMap<String, MultipartFile>();
        for (Indicator i : c.indicators()) {
            var f = parts.get(FIELD + i.code());
            if (!i.computed() && f != null && !f.isEmpty()) chosen.put(i.code(), f);
        }
        return chosen;
    }

    /** What is wrong with the files: each refusal with its indicator; a file without a value is refused too. */
    List<CampaignValues.Problem> problems(
            Campaign c, Map<String, MultipartFile> uploaded, Map<String, CampaignValues.Typed> typed) {
        var problems = new ArrayList<CampaignValues.Problem>();
        uploaded.forEach((code, f) -> {
            String indicator = c.indicator(code).map(Indicator::name).orElse(code);
            String name = UploadedName.printable(f.getOriginalFilename());
            var t = typed.get(code);
            if (t == null || t.value() == null || t.value().isBlank())
                problems.add(new CampaignValues.Problem(indicator, "monitoring.value.error.fileWithoutValue", name));
            files.check(name, f.getSize(), head(f), limits)
                    .ifPresent(r -> problems.add(new CampaignValues.Problem(indicator, r.code(), r.argument())));
        });
        return problems;
    }

    /** Stores checked files; returns the typed values with their files attached. */
    Map<String, CampaignValues.Typed> store(
            Map<String, MultipartFile> uploaded, Map<String, CampaignValues.Typed> typed) {
        var with = new LinkedHashMap<>(typed);
        uploaded.forEach((code, f) -> {
            String name = UploadedName.printable(f.getOriginalFilename());
            try (InputStream in = f.getInputStream()) {
                var t = typed.get(code);
                with.put(code, t.with(new CampaignValues.EvidenceFile(files.store(name, in), name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return with;
    }

    /** Stores a file Opora made itself (the demo's protocols); returns the name it is kept under. */
    public String store(String name, InputStream content) {
        return files.store(name, content);
    }

    InputStream open(String stored) {
        return files.open(stored);
    }

    private static byte[] head(MultipartFile f) {
        try (InputStream in = f.getInputStream()) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
