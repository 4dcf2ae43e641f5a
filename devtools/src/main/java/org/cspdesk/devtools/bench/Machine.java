package org.cspdesk.devtools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A line saying what the figures came from: cores, CPU model, memory, JDK. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException notLinux) {
            // the model name is a nicety
        }
        long memoryGb = 0;
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            memoryGb = lines.filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException | RuntimeException notLinux) {
            // likewise
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memoryGb + " GiB, JDK "
                + System.getProperty("java.version");
    }
}
