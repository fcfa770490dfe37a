package ru.opora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Opora: the information system of the targeted support of schools with low educational results. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class Opora {

    public static void main(String[] args) {
        SpringApplication.run(Opora.class, args);
    }
}
