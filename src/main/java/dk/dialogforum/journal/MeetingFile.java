package dk.dialogforum.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.dialogforum.meeting.Event;
import dk.dialogforum.meeting.MeetingState;
import dk.dialogforum.util.SafeFiles;
import dk.dialogforum.workshop.Workshop;
import dk.dialogforum.workshop.WorkshopException;
import dk.dialogforum.workshop.WorkshopLoader;
import dk.dialogforum.workshop.WorkshopWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved meeting: one JSON file holding the workshop and the whole event log, which the secretariat
 * can mail and anyone can open again. Saving writes a temporary file beside the target, syncs it and
 * renames it over the target, so a crash mid-save leaves either the old file or the new one.
 */
public record MeetingFile(Workshop workshop, List<Event> events) {
    public static final String EXTENSION = ".dialogforum";
    static final String KIND = "dialogforum-meeting";

    public MeetingFile {
        events = List.copyOf(events);
    }

    public void save(Path target) throws IOException {
        ObjectNode root = JournalCodec.MAPPER.createObjectNode();
        root.put("kind", KIND);
        root.put("format", 1);
        root.put("saved", System.currentTimeMillis());
        root.set("workshop", WorkshopWriter.toTree(workshop));
        ArrayNode list = root.putArray("events");
        for (Event e : events) {
            list.add(JournalCodec.MAPPER.valueToTree(e));
        }
        SafeFiles.write(
                target, JournalCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** The workshop of an earlier meeting: a saved meeting file's, or an ended meeting's journal's. */
    public static Workshop workshopOf(Path earlier) throws IOException, JournalException {
        return String.valueOf(earlier.getFileName()).endsWith(EXTENSION)
                ? open(earlier).workshop()
                : Journal.read(earlier).workshop();
    }

    /** Reads and checks a meeting file: its workshop, and that its events replay to a meeting. */
    public static MeetingFile open(Path file) throws JournalException {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            root = JournalCodec.MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new JournalException("meetingFile.error.missing", name);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new JournalException(
                    "meetingFile.error.json",
                    name,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new JournalException("meetingFile.error.io", name, String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText())) {
            throw new JournalException("meetingFile.error.kind", name);
        }
        if (root.path("format").asInt() != 1) {
            throw new JournalException(
                    "meetingFile.error.format", name, root.path("format").asText());
        }
        Workshop workshop;
        try {
            workshop = WorkshopLoader.parse(root.get("workshop"), name);
        } catch (WorkshopException e) {
            throw new JournalException("meetingFile.error.workshop", name, e.getMessage());
        }
        JsonNode list = root.get("events");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new JournalException("meetingFile.error.noEvents", name);
        }
        List<Event> events = new ArrayList<>(list.size());
        MeetingState check = new MeetingState(workshop);
        for (int i = 0; i < list.size(); i++) {
            Event e;
            try {
                e = JournalCodec.MAPPER.treeToValue(list.get(i), Event.class);
                check.apply(e);
            } catch (JsonProcessingException
                    | IllegalArgumentException
                    | IllegalStateException
                    | NullPointerException ex) {
                throw new JournalException(
                        "meetingFile.error.event",
                        name,
                        "$.events[" + i + "]",
                        ex instanceof JsonProcessingException jpe
                                ? jpe.getOriginalMessage()
                                : String.valueOf(ex.getMessage()));
            }
            events.add(e);
        }
        return new MeetingFile(workshop, events);
    }
}
