package ru.opora.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import ru.opora.platform.OporaHttp;

/** The times of pages and API reads of one scope, by path: median and p95 over a fixed number of requests. */
final class PageTimes {

    /** One path's figures; {@code status} is the answer's when it was not 200 (then nothing is timed). */
    record Timing(int status, double median, double p95) {

        boolean timed() {
            return status == 200;
        }

        String text() {
            return timed() ? String.format(Locale.ROOT, "%7.1f %7.1f", median, p95) : String.format("%15s", status);
        }
    }

    private final int warmUps;
    private final int requests;
    final Map<String, Timing> byPath = new LinkedHashMap<>();

    PageTimes(int warmUps, int requests) {
        this.warmUps = warmUps;
        this.requests = requests;
    }

    void time(String path, Supplier<OporaHttp.Response> request) {
        int status = request.get().status();
        if (status != 200) {
            byPath.put(path, new Timing(status, 0, 0));
            return;
        }
        for (int i = 1; i < warmUps; i++)
            status = Math.max(status, request.get().status());
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            var answer = request.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (answer.status() != 200) throw new IllegalStateException(path + " answered " + answer.status());
        }
        Arrays.sort(ms);
        byPath.put(path, new Timing(200, ms[ms.length / 2], ms[(int) Math.ceil(0.95 * ms.length) - 1]));
    }

    /**
     * Times a path of the demo and the same path of the country one request after the other, the
     * order turning each time, so that both see the machine at the same speed.
     */
    static void timeBoth(
            String demoPath,
            Function<String, OporaHttp.Response> demo,
            PageTimes demoTimes,
            String countryPath,
            Function<String, OporaHttp.Response> country,
            PageTimes countryTimes) {
        int demoStatus = demo.apply(demoPath).status();
        int countryStatus = country.apply(countryPath).status();
        if (demoStatus != 200 || countryStatus != 200) {
            demoTimes.byPath.put(demoPath, new Timing(demoStatus, 0, 0));
            countryTimes.byPath.put(countryPath, new Timing(countryStatus, 0, 0));
            return;
        }
        for (int i = 1; i < demoTimes.warmUps; i++) {
            timed(demo, demoPath);
            timed(country, countryPath);
        }
        double[] onDemo = new double[demoTimes.requests];
        double[] inCountry = new double[demoTimes.requests];
        for (int i = 0; i < onDemo.length; i++) {
            if (i % 2 == 0) onDemo[i] = timed(demo, demoPath);
            inCountry[i] = timed(country, countryPath);
            if (i % 2 == 1) onDemo[i] = timed(demo, demoPath);
        }
        demoTimes.put(demoPath, onDemo);
        countryTimes.put(countryPath, inCountry);
    }

    private static double timed(Function<String, OporaHttp.Response> request, String path) {
        long t = System.nanoTime();
        var answer = request.apply(path);
        double ms = (System.nanoTime() - t) / 1e6;
        if (answer.status() != 200) throw new IllegalStateException(path + " answered " + answer.status());
        return ms;
    }

    private void put(String path, double[] ms) {
        Arrays.sort(ms);
        byPath.put(path, new Timing(200, ms[ms.length / 2], ms[(int) Math.ceil(0.95 * ms.length) - 1]));
    }
}
