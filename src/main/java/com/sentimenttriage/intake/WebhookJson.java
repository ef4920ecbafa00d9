package com.sentimenttriage.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a webhook body defensively: strict UTF-8, one JSON object, bounded nesting and a bounded number of values,
 * so a hostile or broken payload costs a 400, never memory or a stack overflow.
 */
public final class WebhookJson {

  /** Real helpdesk payloads nest about six levels deep. */
  static final int MAX_DEPTH = 32;
  /** Tokens (values, keys, brackets) in one payload: a long Intercom thread has a few thousand. */
  static final int MAX_TOKENS = 100_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH).maxNumberLength(100).maxStringLength(1_048_576).build())
      .build();
  private static final ObjectMapper JSON = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
    } catch (JsonProcessingException e) {
      throw WebhookRejection.unreadable("The body is not valid JSON (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ").");
    } catch (IOException e) {
      throw WebhookRejection.unreadable("The body could not be read.");
    }
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

  /** Refuses text with NUL characters, which no database column can store (PostgreSQL rejects them outright). */
  public static void rejectNulCharacters(String... values) {
    for (String value : values) {
      if (value != null && value.indexOf('\u0000') >= 0) {
        throw nulCharacter();
      }
    }
  }

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
