package dk.dialogforum.net;

import dk.dialogforum.journal.Journal;
import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The host that {@link HostCrashTest} kills: a journalled meeting served on a fixed loopback port. */
public final class HostChild {
    private HostChild() {}

    /** Starts this host in a JVM of its own and waits until it serves; the caller kills it. */
    public static Process start(Path journal, Path id, int port) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostChild.class.getName(),
                        journal.toString(),
                        id.toString(),
                        String.valueOf(port))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"READY".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the host did not start: " + line);
        }
        return p;
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[0]);
        HostIdentity identity = HostIdentity.forMeeting(Path.of(args[1]));
        int port = Integer.parseInt(args[2]);
        Workshop w = WorkshopLoader.builtIn();
        MeetingEngine engine;
        if (Files.exists(journal)) {
            Journal.Opened opened = Journal.open(journal);
            engine = MeetingEngine.start(
                    opened.recovery().workshop(), opened.recovery().events(), opened.journal());
        } else {
            engine = MeetingEngine.start(w, List.of(), Journal.create(journal, w));
            engine.execute(
                    new Command.ChangePhase("open-card", Phase.card("klyngesamarbejde"), Command.PhaseAction.OPEN));
        }
        new HostServer(
                engine,
                identity.joinCode(),
                identity.secret(),
                "127.0.0.1",
                port,
                journal.resolveSibling(journal.getFileName() + ".seats"));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
