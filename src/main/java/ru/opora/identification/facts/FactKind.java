package ru.opora.identification.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.opora.shared.importing.Column;

/** The four files of recorded facts a region loads, as the page and the address name them. */
enum FactKind {
    RECHECK("recheck", RecheckReader.COLUMNS),
    FEDERAL("federal", FederalListReader.COLUMNS),
    SOCIAL("social", SocialIndexReader.COLUMNS),
    OBSERVATION("observation", ObservationReader.COLUMNS);

    private final String slug;
    private final List<Column> columns;

    FactKind(String slug, List<Column> columns) {
        this.slug = slug;
        this.columns = columns;
    }

    String slug() {
        return slug;
    }

    List<Column> columns() {
        return columns;
    }

    /** The file template's name. */
    String templateName() {
        return (this == FEDERAL ? "federal-list" : slug) + "-template.csv";
    }

    static Optional<FactKind> of(String slug) {
        for (FactKind k : values()) if (k.slug.equals(slug.toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }
}
