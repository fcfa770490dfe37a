package ru.opora.platform.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --opora.command=demo-snapshot --opora.command-file=FILE}, run by the launcher after a
 * build: Opora starts with the demo on a database of its own, lets every start-up task generate
 * the demo region, records it into FILE ({@link DemoSnapshot}) and stops.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoSnapshotCommand implements ApplicationRunner {

    static final String COMMAND = "demo-snapshot";

    private final DemoSnapshot snapshot;
    private final ConfigurableApplicationContext context;
    private final String command;
    private final String file;

    DemoSnapshotCommand(
            DemoSnapshot snapshot,
            ConfigurableApplicationContext context,
            @Value("${opora.command:}") String command,
            @Value("${opora.command-file:}") String file) {
        this.snapshot = snapshot;
        this.context = context;
        this.command = command;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!command.equals(COMMAND)) return;
        int status = 0;
        try {
            Path path = Path.of(file);
            var m = snapshot.record(path);
            System.out.printf(
                    "Демо-регион записан: %s (%d строк, %d КБ)%n",
                    path.toAbsolutePath(),
                    m.tables().values().stream().mapToLong(Long::longValue).sum(),
                    Files.size(path) / 1024);
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("Не выполнено: " + e.getMessage());
            status = 1;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
