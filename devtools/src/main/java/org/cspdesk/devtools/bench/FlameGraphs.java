package org.cspdesk.devtools.bench;

import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./cspdesk bench --flame}: where the server's time goes in each scenario. After a scenario has been
 * measured, its load runs once more while async-profiler (the agent inside {@code tools.profiler:async-profiler}
 * from Maven Central, loaded into the server through the JDK's attach API, as its own {@code asprof} does)
 * samples the server's CPU, and a JFR recording of the same window is taken with {@code jcmd}. Each scenario
 * leaves {@code <scenario>-cpu.html} (an interactive flame graph), {@code <scenario>-wall.html} (every thread,
 * waiting included: locks, the database, the pool) and {@code <scenario>.jfr} (open it with JDK Mission Control
 * or {@code jfr print}).
 *
 * <p>The profiled passes come after the measured ones, so a scenario's figures are never taken with a profiler
 * attached; only the start-up is profiled as it happens ({@code startup-cpu.html}), so a {@code --flame} run's
 * startup figure includes the agent's cost.
 */
final class FlameGraphs {
    /** Samples per second of CPU time and of wall-clock time: fine enough for a few seconds, cheap enough. */
    private static final String CPU_INTERVAL = "1ms";
    private static final String WALL_INTERVAL = "5ms";

    private final Path library;
    private final Path dir;
    private long pid;

    private FlameGraphs(Path library, Path dir) {
        this.library = library;
        this.dir = dir;
    }

    /** Unpacks the agent for this machine next to the flame graphs. */
    static FlameGraphs unpack(Path out) throws IOException {
        String platform = platform();
        Path dir = Files.createDirectories(out.resolve("flame"));
        Path library = dir.resolve("libasyncProfiler.so");
        try (InputStream agent = FlameGraphs.class.getResourceAsStream("/" + platform + "/libasyncProfiler.so")) {
            if (agent == null) {
                throw new IllegalStateException("async-profiler has no agent for " + platform + " on the class path");
            }
            Files.copy(agent, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new FlameGraphs(library, dir);
    }

    /** The server's JVM option that profiles its start from the first instruction until {@link #startupDone}. */
    String startupAgentOption() {
        return "-agentpath:" + library + "=start,event=cpu,interval=" + CPU_INTERVAL;
    }

    /** The server is ready: the start-up's flame graph is written and later passes attach to {@code serverPid}. */
    Path startupDone(long serverPid) throws Exception {
        this.pid = serverPid;
        Path startup = dir.resolve("startup-cpu.html");
        stop("startup to /health/ready (CPU)", startup);
        return startup;
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux")) {
            throw new IllegalStateException("flame graphs are made on Linux only (this is " + os + ")");
        }
        return arch.equals("aarch64") ? "linux-arm64" : "linux-x64";
    }

    /** A load the profiler watches; it runs until it is done. */
    @FunctionalInterface
    interface Load {
        void run() throws Exception;
    }

    /**
     * Profiles {@code load} twice, CPU then wall clock (async-profiler runs one event at a time), with a JFR
     * recording over the CPU pass.
     */
    List<Path> record(String scenario, Load load) throws Exception {
        List<Path> made = new ArrayList<>();
        Path cpu = dir.resolve(scenario + "-cpu.html");
        Path jfr = dir.resolve(scenario + ".jfr");
        // "cpu" uses perf_events where the kernel lets it, and falls back to a CPU timer where it does not
        // (a container, perf_event_paranoid): either way CPU time, not wall time.
        agent("start,event=cpu,interval=" + CPU_INTERVAL);
        jcmd("JFR.start", "name=bench-" + scenario, "settings=profile");
        try {
            load.run();
        } finally {
            jcmd("JFR.stop", "name=bench-" + scenario, "filename=" + jfr);
            stop(scenario + " (CPU)", cpu);
        }
        made.add(cpu);
        made.add(jfr);
        Path wall = dir.resolve(scenario + "-wall.html");
        agent("start,event=wall,interval=" + WALL_INTERVAL);
        try {
            load.run();
        } finally {
            stop(scenario + " (wall clock)", wall);
        }
        made.add(wall);
        return made;
    }

    /**
     * Writes the profile twice, as the same stacks in async-profiler's collapsed text ({@code .collapsed} beside
     * the {@code .html}: one line per stack with its samples, for grep, diffs and counting) and as the flame graph.
     */
    private void stop(String title, Path html) throws Exception {
        String collapsed = html.toString().replaceFirst("\\.html$", ".collapsed");
        agent("dump,collapsed,file=" + collapsed);
        agent("stop,title=" + title + ",file=" + html);
    }

    /** One async-profiler command, run inside the server by loading the agent with it (how asprof talks to it). */
    private void agent(String command) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            vm.loadAgentPath(library.toString(), command);
        } finally {
            vm.detach();
        }
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        Path javaBin = Path.of(ProcessHandle.current().info().command().orElse("java")).getParent();
        Path jcmd = javaBin == null ? Path.of("jcmd") : javaBin.resolve("jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("jcmd.log").toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed; see " + dir.resolve("jcmd.log"));
        }
    }
}
