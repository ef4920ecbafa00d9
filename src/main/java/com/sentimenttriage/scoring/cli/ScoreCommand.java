package com.sentimenttriage.scoring.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.scoring.engine.Emotion;
import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Batch scoring without Spring or the process engine:
 *
 * <pre>
 * java -jar target/sentiment-triage.jar score [--lexicon FILE] &lt; tickets.jsonl &gt; scores.jsonl
 * </pre>
 *
 * Reads JSON lines {@code {"id": ..., "text": ...}} and writes one JSON line per input line, in order. A
 * malformed line yields {@code {"line": n, "error": "..."}} and the run goes on; the exit code is 0 when
 * every line scored, 1 when some did not, 2 for bad arguments.
 */
public final class ScoreCommand {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private ScoreCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the arguments after "score"
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    SentimentScorer scorer;
    try {
      scorer = scorer(args);
    } catch (IllegalArgumentException | IOException e) {
      err.println("score: " + e.getMessage());
      err.println("usage: score [--lexicon FILE] < input.jsonl > output.jsonl");
      return 2;
    }
    int failures = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator generator =
            JSON.createGenerator(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16))) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        if (!scoreLine(scorer, line, lineNumber, generator)) {
          failures++;
        }
        generator.writeRaw('\n');
      }
      generator.flush();
    } catch (IOException e) {
      err.println("score: " + e.getMessage());
      return 1;
    }
    return failures == 0 ? 0 : 1;
  }

  private static SentimentScorer scorer(String[] args) throws IOException {
    if (args.length == 0) {
      return SentimentScorer.withBuiltInLexicon();
    }
    if (args.length == 2 && args[0].equals("--lexicon")) {
      return SentimentScorer.withExtraLexicon(Path.of(args[1]));
    }
    throw new IllegalArgumentException("unexpected arguments " + String.join(" ", args));
  }

  /** Writes the score of one input line, or an error object naming the line; returns whether it scored. */
  private static boolean scoreLine(SentimentScorer scorer, String line, int lineNumber, JsonGenerator out)
      throws IOException {
    JsonNode id;
    String text;
    try (JsonParser parser = JSON.createParser(line)) {
      JsonNode node = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON object");
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("expected a JSON object");
      }
      JsonNode textNode = node.get("text");
      if (textNode == null || !textNode.isTextual()) {
        throw new IllegalArgumentException("missing string field \"text\"");
      }
      id = node.get("id");
      text = textNode.textValue();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      out.writeStartObject();
      out.writeNumberField("line", lineNumber);
      out.writeStringField("error", e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage());
      out.writeEndObject();
      return false;
    }
    write(id, scorer.score(text), out);
    return true;
  }

  private static void write(JsonNode id, TicketScore score, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName("id");
    if (id == null) {
      out.writeNull();
    } else {
      MAPPER.writeTree(out, id);
    }
    out.writeNumberField("polarity", score.polarity());
    out.writeNumberField("frustration", score.frustration());
    out.writeStringField("label", score.label().displayName());
    out.writeArrayFieldStart("topics");
    for (TopicMatch topic : score.topics()) {
      out.writeStartObject();
      out.writeStringField("topic", topic.topic());
      out.writeStringField("displayName", topic.displayName());
      out.writeStringField("risk", topic.risk().displayName());
      out.writeArrayFieldStart("phrases");
      for (String phrase : topic.phrases()) {
        out.writeString(phrase);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeObjectFieldStart("emotions");
    for (Map.Entry<Emotion, Double> emotion : score.emotions().entrySet()) {
      out.writeNumberField(emotion.getKey().name().toLowerCase(), emotion.getValue());
    }
    out.writeEndObject();
    out.writeStringField("urgency", score.urgency().name());
    out.writeBooleanField("churnRisk", score.churnRisk());
    out.writeNumberField("confidence", score.confidence());
    out.writeArrayFieldStart("explanation");
    for (Evidence evidence : score.explanation()) {
      out.writeStartObject();
      out.writeStringField("phrase", evidence.phrase());
      out.writeNumberField("weight", evidence.weight());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
