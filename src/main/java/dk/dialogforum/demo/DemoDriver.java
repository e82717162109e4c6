package dk.dialogforum.demo;

import dk.dialogforum.meeting.MeetingEngine;
import dk.dialogforum.meeting.Outcome;
import dk.dialogforum.util.Daemons;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays a {@link SampleMeeting} into a running meeting at human pace (divided by {@code speed}), as if
 * six tables and a facilitator were at work. Optionally reports each acknowledged command to
 * {@code log}, which the crash test uses to know what the meeting had accepted.
 */
public final class DemoDriver implements AutoCloseable {
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("demo-tables"));

    public DemoDriver(MeetingEngine engine, List<SampleMeeting.Step> steps, double speed, PrintStream log) {
        long at = 1500;
        for (SampleMeeting.Step step : steps) {
            at += (long) (step.delayMillis() / speed);
            timer.schedule(
                    () -> {
                        Outcome o = engine.execute(step.command());
                        if (log != null && o.isAcknowledged()) {
                            synchronized (log) {
                                log.println("ACK " + o.commandId());
                                log.flush();
                            }
                        }
                    },
                    at,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
