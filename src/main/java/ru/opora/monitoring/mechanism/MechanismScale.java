package ru.opora.monitoring.mechanism;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The positions of the municipal mechanism assessment (docs/domain.md §6.7) and the bands of its
 * level. The official scale was not found ([U]): the positions are shipped as reference data
 * ({@code monitoring/mechanism-positions.json}) and the bands are settings
 * ({@code opora.monitoring.mechanism.medium}, {@code .high}; 0.5 and 0.8 of the maximum by default).
 */
@Component
public class MechanismScale {

    /** One position: what it asks, what evidence is expected, what a municipality weak in it should do. */
    public record Position(int number, String name, String evidence, String suggestion) {}

    /** The level of a municipality's total. */
    public enum Level {
        LOW,
        MEDIUM,
        HIGH
    }

    /** Each position scores 0 (absent), 1 (partly, declared) or 2 (fully, with documents). */
    public static final int MAX_SCORE = 2;

    private final List<Position> positions;
    private final double medium;
    private final double high;

    MechanismScale(
            JsonMapper json,
            @Value("${opora.monitoring.mechanism.medium:0.5}") double medium,
            @Value("${opora.monitoring.mechanism.high:0.8}") double high) {
        try (var in = new ClassPathResource("monitoring/mechanism-positions.json").getInputStream()) {
            this.positions = List.of(json.readValue(in, Position[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.medium = medium;
        this.high = high;
    }

    public List<Position> positions() {
        return positions;
    }

    public int max() {
        return positions.size() * MAX_SCORE;
    }

    /** §6.7's worked example: 11 of 18 is 0.61, «средний». */
    public Level level(int total) {
        double share = (double) total / max();
        return share < medium ? Level.LOW : share < high ? Level.MEDIUM : Level.HIGH;
    }
}
