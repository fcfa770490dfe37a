package ru.opora.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one line that says Opora is ready, printed after every start-up task (the demo region's
 * generation included): where to open it and, with the demo, who to sign in as. Before it,
 * «Started Opora» only means the web server listens.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadyLine {

    private final Environment environment;

    ReadyLine(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port == null) return; // no web server: a command such as a backup
        String address = "http://localhost:" + port;
        String line = environment.getProperty("opora.demo.enabled", Boolean.class, false)
                ? "Опора готова: " + address + " — демо-пользователи region, municipal, curator, expert, school,"
                        + " teacher, observer, api; пароль "
                        + environment.getProperty("opora.demo.password", "demo2026")
                : "Опора готова: " + address;
        System.out.println(line);
    }
}
