package dk.dialogforum.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import dk.dialogforum.text.Texts;
import dk.dialogforum.workshop.Workshop.TableDef;
import dk.dialogforum.workshop.Workshop.Voting;
import dk.dialogforum.workshop.Workshop.VotingMode;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Reads the meeting's plan from a workshop file: its tables, its agenda, and how the room votes. */
final class PlanReader {
    private PlanReader() {}

    static List<TableDef> readTables(Checker c, JsonNode r, Locale locale) {
        JsonNode node = r.get("tables");
        if (node == null || node.isIntegralNumber()) {
            int n = node == null ? 6 : node.asInt();
            if (n < Limits.MIN_TABLES || n > Limits.MAX_TABLES) {
                c.add("$.tables", "count", n, Limits.MIN_TABLES, Limits.MAX_TABLES);
                return List.of();
            }
            return IntStream.rangeClosed(1, n)
                    .mapToObj(i ->
                            new TableDef("bord-" + i, Texts.get(locale, "table.name", i), TableColour.forIndex(i - 1)))
                    .toList();
        }
        int[] index = {0};
        var tables = c.list(r, "$", "tables", Limits.MIN_TABLES, Limits.MAX_TABLES, (n, path) -> {
            int i = index[0]++;
            var o = c.object(n, path);
            if (o == null) {
                return null;
            }
            c.allowOnly(o, path, "id", "name", "colour");
            String id = c.id(o, path);
            String name = c.text(o, path, "name", true, 60);
            String colourName = c.text(o, path, "colour", false, 30);
            TableColour colour = TableColour.forIndex(i);
            if (colourName != null) {
                var known = TableColour.fromFileName(colourName);
                if (known.isEmpty()) {
                    c.add(path + ".colour", "colour", colourName, TableColour.names());
                } else {
                    colour = known.get();
                }
            }
            return new TableDef(id, name, colour);
        });
        c.uniqueIds("$.tables", tables, TableDef::id);
        c.unique("$.tables", tables, TableDef::name, "name", "duplicateName");
        return tables;
    }

    static List<AgendaStep> readAgenda(Checker c, JsonNode r) {
        if (r.get("agenda") == null) {
            return List.of(AgendaStep.values());
        }
        var steps = c.list(r, "$", "agenda", 1, AgendaStep.values().length, (node, path) -> {
            String name = c.textValue(node, path, 20);
            if (name == null) {
                return null;
            }
            var step = AgendaStep.fromFileName(name);
            if (step.isEmpty()) {
                c.add(path, "agendaStep", name, AgendaStep.names());
                return null;
            }
            return step.get();
        });
        c.unique("$.agenda", steps, AgendaStep::fileName, "", "duplicateStep");
        return steps;
    }

    static Voting readVoting(Checker c, JsonNode r) {
        JsonNode node = r.get("voting");
        if (node == null) {
            return new Voting(VotingMode.TABLE, 3);
        }
        var o = c.object(node, "$.voting");
        if (o == null) {
            return null;
        }
        String p = "$.voting";
        c.allowOnly(o, p, "mode", "dotVotesPerTable", "liveRanking");
        String mode = c.text(o, p, "mode", false, 20);
        VotingMode votingMode = VotingMode.TABLE;
        if ("individual".equals(mode)) {
            votingMode = VotingMode.INDIVIDUAL;
        } else if (mode != null && !"table".equals(mode)) {
            c.add(p + ".mode", "mode", mode);
        }
        Integer dots = c.integer(o, p, "dotVotesPerTable", false, new int[] {0, Limits.MAX_DOT_VOTES});
        String live = c.text(o, p, "liveRanking", false, 20);
        if (live != null && !"onReveal".equals(live) && !"fromFirstBallot".equals(live)) {
            c.add(p + ".liveRanking", "liveRanking", live);
        }
        return new Voting(votingMode, dots == null ? 3 : dots, "fromFirstBallot".equals(live));
    }
}
