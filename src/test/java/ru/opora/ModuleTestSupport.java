package ru.opora;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import ru.opora.platform.TestDatabase;

/**
 * What a module test ({@code @ApplicationModuleTest}) needs from the platform and nothing more: the
 * tests' embedded PostgreSQL (Flyway migrates it as in the application) and the clock. Web, security
 * and the other modules stay out, so that a module test proves the module on its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestSupport {

    @Bean(destroyMethod = "close")
    DataSource dataSource(Environment environment) {
        return TestDatabase.open(environment);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
