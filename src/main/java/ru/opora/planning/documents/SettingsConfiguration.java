package ru.opora.planning.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@link PlanningSettings}: the deployment's file when {@code opora.planning.settings} names one, else the shipped defaults. */
@Configuration
class SettingsConfiguration {

    @Bean
    PlanningSettings planningSettings(JsonMapper json, @Value("${opora.planning.settings:}") String file)
            throws IOException {
        try (InputStream in = file.isBlank()
                ? SettingsConfiguration.class.getResourceAsStream("/planning/settings-default.json")
                : Files.newInputStream(Path.of(file))) {
            if (in == null) throw new IllegalStateException("planning/settings-default.json is missing");
            return json.readValue(in, PlanningSettings.class);
        }
    }
}
