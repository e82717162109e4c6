package dk.dialogforum.workshop;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Walks a JSON tree, reads typed values and collects a {@link Problem} for each mistake. */
final class Checker {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** For each list read by {@link #list}, the index in the file of each element it holds. */
    private final Map<List<?>, int[]> origins = new IdentityHashMap<>();

    Checker(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void add(String path, String key, Object... args) {
        problems.add(new Problem(file, path, key, Arrays.asList(args)));
    }

    JsonNode object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            add(path, "missing");
            return null;
        }
        if (!node.isObject()) {
            add(path, "type", "object", kind(node));
            return null;
        }
        return node;
    }

    void allowOnly(JsonNode object, String path, String... names) {
        Set<String> allowed = new LinkedHashSet<>(List.of(names));
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                add(path + "." + name, "unknownField", name, String.join(", ", allowed));
            }
        }
    }

    String text(JsonNode object, String path, String field, boolean required, int maxLength) {
        JsonNode node = object.get(field);
        String at = path + "." + field;
        if (node == null || node.isNull()) {
            if (required) {
                add(at, "missing");
            }
            return null;
        }
        String value = textValue(node, at, maxLength);
        if (value != null && value.isBlank() && !required) {
            return null;
        }
        return value;
    }

    String textValue(JsonNode node, String at, int maxLength) {
        if (!node.isTextual()) {
            add(at, "type", "text", kind(node));
            return null;
        }
        String value = node.textValue();
        if (value.isBlank()) {
            add(at, "empty");
            return value;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            add(at, "tooLong", length, maxLength);
        }
        return value.strip();
    }

    String id(JsonNode object, String path) {
        String id = text(object, path, "id", true, Limits.MAX_ID);
        if (id != null && !id.isBlank() && !ID.matcher(id).matches()) {
            add(path + ".id", "badId", id);
        }
        return id;
    }

    Integer integer(JsonNode object, String path, String field, boolean required, int[] bounds) {
        JsonNode node = object.get(field);
        String at = path + "." + field;
        if (node == null || node.isNull()) {
            if (required) {
                add(at, "missing");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            add(at, "type", "integer", kind(node));
            return null;
        }
        int value = node.intValue();
        if (bounds != null && (value < bounds[0] || value > bounds[1])) {
            add(at, "range", value, bounds[0], bounds[1]);
            return null;
        }
        return value;
    }

    Boolean bool(JsonNode object, String path, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            add(path + "." + field, "type", "true/false", kind(node));
            return null;
        }
        return node.booleanValue();
    }

    <T> List<T> list(
            JsonNode object, String path, String field, int min, int max, BiFunction<JsonNode, String, T> element) {
        JsonNode node = object.get(field);
        String at = path + "." + field;
        if (node == null || node.isNull()) {
            add(at, "missing");
            return List.of();
        }
        if (!node.isArray()) {
            add(at, "type", "list", kind(node));
            return List.of();
        }
        if (node.size() < min || node.size() > max) {
            add(at, "count", node.size(), min, max);
        }
        List<T> result = new ArrayList<>();
        int[] from = new int[node.size()];
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), at + "[" + i + "]");
            if (value != null) {
                from[result.size()] = i;
                result.add(value);
            }
        }
        origins.put(result, from);
        return result;
    }

    <T> void uniqueIds(String path, List<T> elements, Function<T, String> id) {
        unique(path, elements, id, "id", "duplicateId");
    }

    <T> void unique(String path, List<T> elements, Function<T, String> key, String field, String problem) {
        Map<String, Integer> seen = new HashMap<>();
        // Where each element stands in the file: a list read by list() leaves out the elements that were wrong.
        int[] from = origins.get(elements);
        for (int k = 0; k < elements.size(); k++) {
            String value = key.apply(elements.get(k));
            if (value == null) {
                continue;
            }
            int i = from == null ? k : from[k];
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                String suffix = field.isEmpty() ? "" : "." + field;
                add(path + "[" + i + "]" + suffix, problem, value, path + "[" + first + "]" + suffix);
            }
        }
    }

    private static String kind(JsonNode node) {
        return switch (Objects.requireNonNull(node.getNodeType())) {
            case ARRAY -> "list";
            case OBJECT -> "object";
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
