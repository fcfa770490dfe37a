package ru.opora.platform.journeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser journey: Opora on a random port with the demo region (its register and one user per
 * role), in a database of its own so that the integration tests' regions never appear in it. Every
 * journey shares this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.embedded-db.database=opora_demo"})
public @interface JourneyTest {}
