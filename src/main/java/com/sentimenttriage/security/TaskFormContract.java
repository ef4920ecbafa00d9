package com.sentimenttriage.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a user task's Camunda Form lets a person submit, read from the form as deployed (Camunda Forms JSON), so
 * the form stays the one list of what a completion may write: the keys of its input fields that are not disabled
 * (form-js submits exactly those; disabled fields only show data), the options of its radio, select, checklist and
 * taglist fields, and which fields are required. A value is checked against its field's kind, so a text field
 * cannot be filled with a serialized object and a decision cannot be a number.
 *
 * <p>Fields whose options come from a variable or an expression accept any option; a required field that a
 * condition may hide is not required here (this class evaluates no FEEL). Groups are walked, but a group that
 * nests its fields' values under a path is not understood: its fields are refused, which errs on the safe side.
 */
public final class TaskFormContract {

  /** How form-js submits a field's value, and the engine REST API's variable types that may carry it. */
  enum Kind {
    TEXT("text", Set.of("string")),
    NUMBER("a number", Set.of("integer", "long", "short", "double")),
    BOOLEAN("true or false", Set.of("boolean")),
    CHOICE("text", Set.of("string")),
    /** Tasklist submits a list as a Json variable whose value is the list's JSON text. */
    CHOICES("a list", Set.of("json"));

    private final String description;
    private final Set<String> types;

    Kind(String description, Set<String> types) {
      this.description = description;
      this.types = types;
    }

    boolean accepts(JsonNode value, String type) {
      return switch (this) {
        case TEXT, CHOICE -> value.isTextual();
        case NUMBER -> value.isNumber();
        case BOOLEAN -> value.isBoolean();
        case CHOICES -> value.isArray() || value.isTextual() && type.equals("json");
      };
    }
  }

  record Field(String key, Kind kind, Set<String> options, boolean required) {
  }

  /** A task without a Camunda Form declares nothing, so its completion may write nothing. */
  static final TaskFormContract NONE = new TaskFormContract("(no form)", Map.of());

  private static final Map<String, Kind> KINDS = Map.of(
      "textfield", Kind.TEXT, "textarea", Kind.TEXT, "datetime", Kind.TEXT,
      "number", Kind.NUMBER,
      "checkbox", Kind.BOOLEAN,
      "radio", Kind.CHOICE, "select", Kind.CHOICE,
      "checklist", Kind.CHOICES, "taglist", Kind.CHOICES);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String formId;
  private final Map<String, Field> fields;

  private TaskFormContract(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = fields;
  }

  static TaskFormContract parse(InputStream form) throws IOException {
    JsonNode schema = JSON.readTree(form);
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), fields);
    return new TaskFormContract(schema.path("id").asText("(unnamed form)"), Map.copyOf(fields));
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("path")) {
        continue;
      }
      Kind kind = KINDS.get(component.path("type").asText());
      String key = component.path("key").asText("");
      if (kind != null && !key.isEmpty() && !component.path("disabled").asBoolean(false)) {
        Set<String> options = new LinkedHashSet<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        boolean required = component.path("validate").path("required").asBoolean(false)
            && !component.has("conditional");
        fields.put(key, new Field(key, kind, Set.copyOf(options), required));
      }
      collect(component.path("components"), fields);
    }
  }

  String formId() {
    return formId;
  }

  Set<String> writableKeys() {
    return fields.keySet();
  }

  /**
   * What is wrong with a completion that submits these variables, in the engine REST API's shape (name to
   * {@code {"value", "type", "valueInfo"}}); empty when the form allows it.
   */
  List<String> violations(Map<String, JsonNode> variables) {
    List<String> violations = new ArrayList<>();
    variables.forEach((name, variable) -> {
      Field field = fields.get(name);
      if (field == null) {
        violations.add(name + " is not a field of the form " + formId);
      } else if (!variable.isObject()) {
        violations.add(name + " must be given as {\"value\": ...}");
      } else {
        check(field, variable, violations);
      }
    });
    for (Field field : fields.values()) {
      if (field.required() && isEmpty(variables.get(field.key()))) {
        violations.add(field.key() + " is required");
      }
    }
    return violations;
  }

  private static void check(Field field, JsonNode variable, List<String> violations) {
    JsonNode value = variable.get("value");
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    boolean isNull = value == null || value.isNull();
    if (!(type.isEmpty() || isNull && type.equals("null") || field.kind().types.contains(type))
        || !isNull && !field.kind().accepts(value, type)) {
      violations.add(field.key() + " must be " + field.kind().description);
      return;
    }
    if (!isNull && !field.options().isEmpty()
        && !field.options().containsAll(chosen(field.kind(), value))) {
      violations.add(field.key() + " must be one of " + String.join(", ", sorted(field.options())));
    }
  }

  private static List<String> chosen(Kind kind, JsonNode value) {
    if (kind == Kind.CHOICE) {
      return List.of(value.asText());
    }
    JsonNode list = value;
    if (value.isTextual()) {
      try {
        list = JSON.readTree(value.asText());
      } catch (IOException e) {
        return List.of(value.asText());
      }
    }
    if (!list.isArray()) {
      return List.of(list.toString());
    }
    List<String> options = new ArrayList<>();
    list.forEach(option -> options.add(option.isTextual() ? option.asText() : option.toString()));
    return options;
  }

  private static boolean isEmpty(JsonNode variable) {
    JsonNode value = variable == null ? null : variable.get("value");
    return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
  }

  private static List<String> sorted(Set<String> options) {
    return options.stream().sorted().toList();
  }
}
