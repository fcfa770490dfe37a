package ru.opora.assessments.analysis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.opora.assessments.results.LowTaskRule;

/**
 * The region's analysis settings. The thresholds of a low solve rate are common practice, not a
 * published rule (domain.md §6.2, [U]), so they are settings: {@code opora.results.low-task.*}.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisSettings {

    @Bean
    LowTaskRule lowTaskRule(
            @Value("${opora.results.low-task.absolute:50}") double absolute,
            @Value("${opora.results.low-task.gap-below-region:15}") double gap) {
        return new LowTaskRule(absolute, gap);
    }
}
