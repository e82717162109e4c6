package dk.dialogforum.journal;

import dk.dialogforum.meeting.Command;
import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopLoader;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The program {@link CrashTest} kills: it opens (or recovers) a journal, then submits items as fast as it
 * can with many in flight, printing "ACK id" for each acknowledged one, until it is killed. It first
 * resubmits the previous round's ids, which the engine must acknowledge without applying them twice.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        Workshop workshop = WorkshopLoader.builtIn();
        MeetingEngine engine;
        if (Files.exists(file)) {
            Journal.Opened opened = Journal.open(file);
            out.println("RECOVERED " + opened.recovery().events().size() + " "
                    + opened.recovery().cut());
            engine = MeetingEngine.start(
                    opened.recovery().workshop(), opened.recovery().events(), opened.journal());
        } else {
            engine = MeetingEngine.start(workshop, List.of(), Journal.create(file, workshop));
            engine.execute(
                    new Command.ChangePhase("open-card", Phase.card("klyngesamarbejde"), Command.PhaseAction.OPEN));
        }
        out.println("READY");
        out.flush();
        Semaphore inFlight = new Semaphore(64);
        for (int n = 0; ; n++) {
            String id = n < 200 && round > 0 ? "r" + (round - 1) + "-" + n : "r" + round + "-" + n;
            inFlight.acquire();
            engine.submit(new Command.AddItem(
                            id, "bord-" + (1 + n % 6), "klyngesamarbejde", "fordele", "Punkt " + id + " æøå"))
                    .thenAccept(o -> {
                        if (o.status() != Outcome.Status.REJECTED) {
                            synchronized (out) {
                                out.println("ACK " + id);
                                out.flush();
                            }
                        }
                        inFlight.release();
                    });
        }
    }
}
