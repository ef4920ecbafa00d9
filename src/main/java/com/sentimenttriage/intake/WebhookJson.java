package com.sentimenttriage.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a webhook body defensively, the one reader configuration for every connector: strict UTF-8, exactly one
 * JSON object (trailing tokens or a second object are refused), no NUL in keys or strings, bounded nesting, number
 * and string length and a bounded number of values, so a hostile or broken payload costs a 400, never memory, a
 * stack overflow or a 500.
 */
public final class WebhookJson {

  /** Real helpdesk payloads nest about six levels deep. */
  static final int MAX_DEPTH = 32;
  /** Tokens (values, keys, brackets) in one payload: a long Intercom thread has a few thousand. */
  static final int MAX_TOKENS = 100_000;

  /** Longest JSON number: no helpdesk id or time stamp comes near it, and BigDecimal parsing is not free. */
  static final int MAX_NUMBER_LENGTH = 100;
  static final int MAX_STRING_LENGTH = 1_048_576;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).build())
      .build();
  /**
   * Binds to records as Spring's mapper would (java.time, unknown fields ignored), but through the constraints
   * above: the generic webhook used to be read by Spring's default mapper, which allowed trailing tokens, NUL in
   * keys and any depth.
   */
  private static final ObjectMapper JSON = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new JavaTimeModule())
      .build();

  public static JsonNode readObject(byte[] body) {
    if (body == null || body.length == 0) {
      throw WebhookRejection.unreadable("The body is empty; send the helpdesk's JSON payload.");
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw WebhookRejection.unreadable("The body is not valid UTF-8.");
    }
    try {
      countTokens(body);
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw WebhookRejection.unreadable("The body is not a JSON object.");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw WebhookRejection.unreadable("The payload exceeds a limit: numbers have at most " + MAX_NUMBER_LENGTH
          + " digits, strings at most " + MAX_STRING_LENGTH + " characters, nesting " + MAX_DEPTH + " levels.");
    } catch (JsonProcessingException e) {
      // Not every parser exception knows where it happened (constraint violations, for one, do not).
      JsonLocation at = e.getLocation();
      throw WebhookRejection.unreadable("The body is not valid JSON"
          + (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
    } catch (IOException e) {
      throw WebhookRejection.unreadable("The body could not be read.");
    }
  }

  /**
   * Reads the body as {@link #readObject(byte[])} does, then binds it to {@code type}; a value of the wrong shape
   * (a date that is none, a list where text belongs) is refused as unreadable, naming the field.
   */
  public static <T> T read(byte[] body, Class<T> type) {
    JsonNode node = readObject(body);
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String field = e instanceof JsonMappingException mapping ? fieldOf(mapping) : "";
      throw WebhookRejection.unreadable("The body is not a JSON object of the documented shape"
          + (field.isEmpty() ? "" : " (at " + field + ")") + ": " + firstLine(e));
    }
  }

  private static String fieldOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Parser and binder messages can echo input; keep the first line, which names the position, and cap it. */
  static String firstLine(Throwable problem) {
    String message = String.valueOf(problem instanceof JsonProcessingException parsing ? parsing.getOriginalMessage()
        : problem.getMessage());
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static void countTokens(byte[] body) throws IOException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      int tokens = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
            && parser.getText().indexOf('\u0000') >= 0) {
          throw nulCharacter();
        }
        if (++tokens > MAX_TOKENS) {
          throw WebhookRejection.unreadable("The payload has more than " + MAX_TOKENS
              + " JSON values; send one ticket per delivery.");
        }
      }
    } catch (JsonProcessingException e) {
      if (e.getMessage() != null && e.getMessage().contains("nesting depth")) {
        throw WebhookRejection.unreadable("The payload nests deeper than " + MAX_DEPTH + " levels.");
      }
      throw e;
    }
  }

  /** NUL characters no database column can store (PostgreSQL rejects them outright). */
  private static WebhookRejection nulCharacter() {
    return WebhookRejection.unreadable("The payload contains a NUL character (\\u0000), which no text field may hold.");
  }

  /** A token type check kept here so connectors need no Jackson streaming imports. */
  static boolean isScalar(JsonNode node) {
    return node != null && node.isValueNode() && node.asToken() != JsonToken.VALUE_NULL;
  }

  private WebhookJson() {
  }
}
