package ru.opora.planning.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;

/**
 * A school document as read: its working content and state. {@code submittedNumber} is the newest
 * submitted version, {@code approvedNumber} the version in force (it stays while an amendment is
 * drafted and reviewed).
 */
public record Document(
        UUID id,
        UUID schoolId,
        OrgPath schoolPath,
        int year,
        DocumentType type,
        @Nullable String riskFactor,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        DocumentStatus status,
        Content content,
        int version,
        @Nullable Integer submittedNumber,
        @Nullable Integer approvedNumber,
        String updatedBy,
        Instant updatedAt) {

    /** The document as the school edited it: a new title (kept when blank), period and content. */
    Document edited(String newTitle, LocalDate from, LocalDate to, Content newContent) {
        return new Document(
                id,
                schoolId,
                schoolPath,
                year,
                type,
                riskFactor,
                newTitle.isBlank() ? title : newTitle,
                from,
                to,
                status,
                newContent,
                version,
                submittedNumber,
                approvedNumber,
                updatedBy,
                updatedAt);
    }
}
