package ru.opora.assessments.catalogue;

import java.util.List;

/**
 * The conversion of a primary score into a mark «2»–«5» (docs/domain.md §6.1): four bands that cover
 * 0..max without gaps or overlaps.
 */
public record Scale(List<Band> bands) {

    /** Primary scores {@code min..max} (inclusive) give {@code mark}. */
    public record Band(int mark, int min, int max) {}

    public Scale {
        bands = List.copyOf(bands);
        if (bands.size() != 4) throw new IllegalArgumentException("a scale has four bands, «2» to «5»");
        int next = 0;
        for (int i = 0; i < 4; i++) {
            Band b = bands.get(i);
            if (b.mark() != i + 2 || b.min() != next || b.max() < b.min())
                throw new IllegalArgumentException("band «" + b.mark() + "» must start at " + next);
            next = b.max() + 1;
        }
    }

    /** The scale from the lowest primary score of «3», «4» and «5». */
    public static Scale of(int min3, int min4, int min5, int max) {
        return new Scale(List.of(
                new Band(2, 0, min3 - 1),
                new Band(3, min3, min4 - 1),
                new Band(4, min4, min5 - 1),
                new Band(5, min5, max)));
    }

    public int maxScore() {
        return bands.getLast().max();
    }

    public int markFor(int primaryScore) {
        if (primaryScore < 0 || primaryScore > maxScore())
            throw new IllegalArgumentException("primary score " + primaryScore + " outside 0.." + maxScore());
        for (Band b : bands) if (primaryScore <= b.max()) return b.mark();
        throw new IllegalStateException("unreachable");
    }

    /** The lowest primary score of a mark: the thresholds the objectivity analysis looks at. */
    public int threshold(int mark) {
        return bands.get(mark - 2).min();
    }
}
