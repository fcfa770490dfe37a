package ru.opora.platform;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * One time zone for everything Opora shows and decides by the day (a deadline, «today», an audit
 * entry's time): the region's, {@code opora.time-zone} (default Europe/Moscow), set as the JVM's
 * default before any bean exists. An installation serves one region, so one zone is enough; the
 * server's own zone (often UTC) never shows.
 */
class RegionTimeZone implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "opora.time-zone";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty(PROPERTY, "Europe/Moscow");
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
