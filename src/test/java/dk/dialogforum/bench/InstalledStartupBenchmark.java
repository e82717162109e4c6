package dk.dialogforum.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up of the installed program: from running the command that starts it (the menu entry's, or the
 * launcher in bin/) to the first frame of the start screen, as a ratio to a bare JavaFX window started
 * on the installed program's own runtime, measured the same way (wall clock from process start to the
 * FIRST_FRAME line), alternating, in one run. Needs a display. {@code installer/check-linux.sh --bench}
 * runs it against the installed .deb:
 * {@code java -cp target/test-classes dk.dialogforum.bench.InstalledStartupBenchmark /opt/dialogforum/lib/runtime/bin/java COMMAND...}
 */
public final class InstalledStartupBenchmark {
    private static final int RUNS = 7;

    private InstalledStartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InstalledStartupBenchmark RUNTIME-JAVA COMMAND...");
            System.exit(2);
        }
        Path java = Path.of(args[0]);
        List<String> command = List.of(args).subList(1, args.length);
        String benchClasses = Path.of(InstalledStartupBenchmark.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        // The baseline reports its first frame with the program's own FirstFrame, from the installed jar.
        Path mainJar;
        // lib/runtime/bin/java → lib/app
        Path app = java.toAbsolutePath().getParent().getParent().resolveSibling("app");
        try (var files = Files.list(app)) {
            mainJar = files.filter(f -> f.getFileName().toString().matches("dialogforum-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no dialogforum jar in " + app));
        }
        benchClasses += File.pathSeparator + mainJar;
        Path data = Files.createTempDirectory("dialogforum-installed-startup");
        List<Long> bare = new ArrayList<>();
        List<Long> installed = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bare.add(firstFrame(
                    List.of(java.toString(), "-cp", benchClasses, StartupBenchmark.class.getName(), "bare"), data));
            installed.add(firstFrame(command, data));
        }
        long b = median(bare);
        long f = median(installed);
        System.out.printf("bare JavaFX window on the installed runtime: %d ms (runs %s)%n", b, bare);
        System.out.printf(
                "installed Dialogforum (%s) to start screen: %d ms (runs %s)%n",
                String.join(" ", command), f, installed);
        System.out.printf("ratio: %.2fx%n", f / (double) b);
    }

    /** Wall-clock milliseconds from starting the process to its FIRST_FRAME line. */
    private static long firstFrame(List<String> command, Path data) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("JAVA_TOOL_OPTIONS", "-Ddialogforum.firstFrame=exit -Ddialogforum.data=" + data);
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME ")) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    p.waitFor();
                    return ms;
                }
            }
        }
        p.waitFor();
        throw new IllegalStateException(command + " printed no first frame (exit " + p.exitValue() + ")");
    }

    private static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
