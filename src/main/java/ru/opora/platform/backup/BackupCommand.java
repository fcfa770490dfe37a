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
 * {@code ./opora backup FILE} and {@code ./opora restore FILE}: Opora starts on a private port of
 * the loopback interface (the sessions' store needs the web stack), migrates the database, does
 * the one thing and stops, before any other start-up work
 * (the first region, the shipped catalogue, the demo) can touch the data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

    private final DatabaseBackup backup;
    private final ConfigurableApplicationContext context;
    private final String command;
    private final String file;

    BackupCommand(
            DatabaseBackup backup,
            ConfigurableApplicationContext context,
            @Value("${opora.command:}") String command,
            @Value("${opora.command-file:}") String file) {
        this.backup = backup;
        this.context = context;
        this.command = command;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command.isEmpty() || command.equals(DemoSnapshotCommand.COMMAND)) return;
        int status = 0;
        try {
            Path path = Path.of(file);
            switch (command) {
                case "backup" -> {
                    var m = backup.write(path);
                    System.out.printf(
                            "Резервная копия записана: %s (%d таблиц, %d строк, файлов %d, %d КБ)%n",
                            path.toAbsolutePath(),
                            m.tables().size(),
                            m.tables().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum(),
                            m.files(),
                            Files.size(path) / 1024);
                }
                case "restore" -> {
                    var m = backup.restore(path);
                    System.out.printf(
                            "Восстановлено из %s (копия от %s): %d таблиц, %d строк, файлов %d%n",
                            path.toAbsolutePath(),
                            m.createdAt(),
                            m.tables().size(),
                            m.tables().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum(),
                            m.files());
                }
                default -> throw new IllegalArgumentException("unknown command " + command);
            }
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("Не выполнено: " + e.getMessage());
            status = 1;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
