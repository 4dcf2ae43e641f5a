package org.cspdesk.devtools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's used heap while something runs, read every 100 ms with the JDK's {@code jstat -gc}: survivor,
 * eden and old generation in use (what a heap dump at that instant would hold, garbage included). The peak
 * of those readings is what an operator sizing {@code -Xmx} must allow for.
 */
final class HeapSampler implements AutoCloseable {
    private final Process jstat;
    private final Thread reader;
    private volatile long peakKb;
    private volatile long firstOldKb = -1;
    private volatile long peakOldKb;
    private volatile String failure;

    private HeapSampler(Process jstat) {
        this.jstat = jstat;
        this.reader = new Thread(this::read, "heap-sampler");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static HeapSampler watch(long pid) throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path jstat = javaHome.resolve("bin/jstat");
        String command = Files.isExecutable(jstat) ? jstat.toString() : "jstat";
        return new HeapSampler(new ProcessBuilder(command, "-gc", String.valueOf(pid), "100")
                .redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.trim().split("\\s+");
                if (columns[0].equals("S0C")) {
                    header = columns;
                } else if (header != null && columns.length == header.length) {
                    double used = 0;
                    for (int i = 0; i < header.length; i++) {
                        if (header[i].matches("S0U|S1U|EU|OU")) {
                            used += Double.parseDouble(columns[i]);
                        }
                        if (header[i].equals("OU")) {
                            long old = (long) Double.parseDouble(columns[i]);
                            firstOldKb = firstOldKb < 0 ? old : firstOldKb;
                            peakOldKb = Math.max(peakOldKb, old);
                        }
                    }
                    peakKb = Math.max(peakKb, (long) used);
                } else if (failure == null) {
                    failure = line;
                }
            }
        } catch (IOException | NumberFormatException e) {
            failure = e.toString();
        }
    }

    /**
     * How much the old generation grew meanwhile, in MiB: what survived young collections. A streaming export
     * keeps this near zero whatever its size, while the peak above also counts young garbage not yet collected.
     */
    double oldGenerationGrowthMb() {
        return firstOldKb < 0 ? Double.NaN : (peakOldKb - firstOldKb) / 1024.0;
    }

    /** The peak used heap in MiB, or NaN when jstat could not read the server. */
    double peakMb() {
        return peakKb == 0 ? Double.NaN : peakKb / 1024.0;
    }

    String failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }
}
