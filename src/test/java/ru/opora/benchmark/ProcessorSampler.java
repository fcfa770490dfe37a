package ru.opora.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who used the machine's processors while an import ran: the JVM (its Java threads by name, and
 * its own threads — collector, compiler — as the rest of the process's time) and PostgreSQL (the
 * server and every process it started, those ended meanwhile included), sampled every 20 ms so that
 * the import's phases can be cut apart. When the two sides together use both cores for the whole of
 * a phase, the machine is that phase's wall; idle processor time in a phase means a side waited.
 */
final class ProcessorSampler {

    private static final double TICK = 100.0;

    private record Sample(long nanos, double java, double postgres) {}

    private final long postmaster;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<Long, Long> threadsBefore = new HashMap<>();
    /** Each Java thread's name and last seen processor time: a thread ended before the stop keeps its time. */
    private final Map<Long, String> names = new HashMap<>();

    private final Map<Long, Long> threadsLast = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts sampling; {@code backend} is any server process of the database (its parent is the server). */
    ProcessorSampler(long backend) throws IOException {
        this.postmaster = (long) stat(backend)[1];
        seeThreads();
        threadsBefore.putAll(threadsLast);
        samples.add(sample());
        thread = new Thread(this::loop, "processor-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(20);
                synchronized (samples) {
                    samples.add(sample());
                    seeThreads();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // a process ending between the listing and the read: the next sample counts it
            }
        }
    }

    /**
     * Stops sampling and prints the processor time of each phase (from the import's start, in
     * order; the phases «of which…» overlap and are left out) and of the Java threads overall.
     */
    String stop(long start, Map<String, Double> phases) throws Exception {
        running = false;
        thread.join();
        samples.add(sample());
        Map<String, Long> byName = threadTimes();
        int cores = Runtime.getRuntime().availableProcessors();
        var text = new StringBuilder();
        double from = 0;
        for (var phase : phases.entrySet()) {
            if (phase.getKey().startsWith("of which")) continue;
            double to = from + phase.getValue();
            Sample a = at(start + (long) (from * 1e9));
            Sample b = at(start + (long) (to * 1e9));
            double java = b.java() - a.java();
            double postgres = b.postgres() - a.postgres();
            text.append(String.format(
                    Locale.ROOT,
                    "%nprocessor   %s %.2f s: Java %.2f s, PostgreSQL %.2f s = %.0f %% of %d cores",
                    phase.getKey(),
                    phase.getValue(),
                    java,
                    postgres,
                    100 * (java + postgres) / (cores * phase.getValue()),
                    cores));
            from = to;
        }
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        text.append(String.format(
                Locale.ROOT,
                "%nprocessor   whole import: Java %.2f s (its threads of 0.1 s or more: ",
                last.java() - first.java()));
        byName.entrySet().stream()
                .filter(e -> e.getValue() >= 100_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, "%s %.2f s, ", e.getKey(), e.getValue() / 1e9)));
        text.setLength(text.length() - 2);
        text.append(String.format(
                Locale.ROOT,
                "), PostgreSQL %.2f s (its busiest process, the import's connection, %.2f s)",
                last.postgres() - first.postgres(),
                busiestServerProcess()));
        return text.substring(1);
    }

    /** Every thread of the process, as the system sees it (the JVM's collector and compilers among them). */
    private void seeThreads() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    long id = Long.parseLong(task.getFileName().toString());
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    threadsLast.put(id, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L);
                    names.putIfAbsent(id, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                } catch (IOException e) {
                    // the thread ended since the listing
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The processor time of each thread since sampling began, summed by name without its number. */
    private Map<String, Long> threadTimes() {
        seeThreads();
        var byName = new TreeMap<String, Long>();
        threadsLast.forEach((id, now) -> {
            String name = names.getOrDefault(id, "?");
            if (!name.startsWith("processor-sampl"))
                byName.merge(name.replaceAll("[-#]?\\d+$", ""), now - threadsBefore.getOrDefault(id, 0L), Long::sum);
        });
        return byName;
    }

    /** The last sample taken at or before the moment. */
    private Sample at(long nanos) {
        Sample found = samples.getFirst();
        for (Sample s : samples) {
            if (s.nanos() > nanos) break;
            found = s;
        }
        return found;
    }

    private Sample sample() throws IOException {
        long now = System.nanoTime();
        double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        return new Sample(now, java, postgres());
    }

    /**
     * The server's time with its ended children's, plus each live child's own. The children are
     * listed every tenth sample (a listing reads every process of the machine); one started since
     * is counted from the next listing, its time until then included.
     */
    private double postgres() throws IOException {
        if (samples.size() % 10 == 0) children = children();
        long[] server = stat(postmaster);
        double seconds = (server[2] + server[3] + server[4] + server[5]) / TICK;
        for (long child : children) {
            try {
                long[] s = stat(child);
                seconds += (s[2] + s[3]) / TICK;
                serverFirst.putIfAbsent(child, (s[2] + s[3]) / TICK);
                serverLast.put(child, (s[2] + s[3]) / TICK);
            } catch (IOException e) {
                // ended: its time is now the server's (cutime, cstime)
            }
        }
        return seconds;
    }

    private List<Long> children = List.of();

    /** Each server process's own time when first and last seen: the import's connection is the busiest. */
    private final Map<Long, Double> serverFirst = new HashMap<>();

    private final Map<Long, Double> serverLast = new HashMap<>();

    /** The most processor time one server process used: one transaction runs in one process, on one core. */
    private double busiestServerProcess() {
        double most = 0;
        for (var e : serverLast.entrySet()) most = Math.max(most, e.getValue() - serverFirst.get(e.getKey()));
        return most;
    }

    private List<Long> children() throws IOException {
        var found = new ArrayList<Long>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!Character.isDigit(name.charAt(0))) continue;
                try {
                    if (stat(Long.parseLong(name))[1] == postmaster) found.add(Long.parseLong(name));
                } catch (IOException e) {
                    // ended since the listing
                }
            }
        }
        return found;
    }

    /** Of /proc/pid/stat: the pid, the parent's pid, utime, stime, cutime, cstime (in clock ticks). */
    private static long[] stat(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state (0), ppid (1) … utime (11), stime (12), cutime (13), cstime (14)
        return new long[] {
            pid,
            Long.parseLong(f[1]),
            Long.parseLong(f[11]),
            Long.parseLong(f[12]),
            Long.parseLong(f[13]),
            Long.parseLong(f[14])
        };
    }
}
