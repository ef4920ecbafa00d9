package com.sentimenttriage.scoring.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.sentimenttriage.cli.CommandLine;
import com.sentimenttriage.cli.CommandLineParser;
import com.sentimenttriage.cli.UsageException;
import com.sentimenttriage.scoring.engine.Emotion;
import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch scoring without Spring or the process engine:
 *
 * <pre>
 * java -jar target/sentiment-triage.jar score [--language auto|en|de|…] [--lexicon FILE] [--threads N]
 *     &lt; tickets.jsonl &gt; scores.jsonl
 * </pre>
 *
 * Reads JSON lines {@code {"id": ..., "text": ...}} and writes one JSON line per non-blank input line, in
 * input order, scoring batches of lines on N threads (default: one per core; the scorer is thread-safe). A
 * malformed line yields {@code {"line": n, "error": "..."}} on stdout and {@code score: line n: ...} on stderr,
 * and the run goes on; the exit code is 0 when every line scored, 1 when some did not, 2 for bad arguments
 * (a lexicon file that cannot be read among them).
 */
public final class ScoreCommand {
  /** Lines per unit of work: large enough to amortize hand-offs, small enough to keep output flowing. */
  static final int BATCH_SIZE = 512;
  /** Bad lines named on stderr; the rest are counted, so garbage input does not flood the terminal. */
  static final int ERRORS_SHOWN = 20;
  /** The exit code when some input lines could not be scored (their error objects are in the output). */
  public static final int SOME_LINES_FAILED_EXIT_CODE = 1;

  /**
   * Only jackson-core's streaming API: jackson-databind's ObjectMapper would load some 300 more classes,
   * a fifth of a second of start-up for a command whose run is often a few seconds. Held in a nested class
   * so that loading Jackson (which walks the fat jar's nested jars) overlaps with building the scorer.
   */
  private static final class Json {
    static final JsonFactory FACTORY =
        JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  }

  private static final CommandLineParser ARGUMENTS =
      new CommandLineParser("score",
          "usage: score [--language auto|" + Language.codes().replace(", ", "|") + "] [--lexicon FILE] [--threads N]"
              + " < input.jsonl > output.jsonl")
          .option("--language")
          .option("--lexicon")
          .option("--threads")
          .description("""
              Scores ticket texts without the web application or the process engine. Each input line is a JSON
              object {"id": ..., "text": "..."}; each output line has the id, polarity, frustration (0-100),
              label, topics, emotions, urgency, churn risk, confidence, the phrases behind the score, and the
              language the text was scored in with how it was chosen ("German (detected)").

              options:
                --language L     auto (default: each text's language is detected, English where it cannot
                                 tell) or the code of the language to score every text in: en, de, es, fr,
                                 pt, it, nl (one without data is scored as English, with low confidence)
                --lexicon FILE   word<TAB>valence lines (-4..4) that add to or override the built-in English
                                 lexicon
                --threads N      scoring threads (default: one per core)

              exit codes:
                0  every line scored
                1  some lines could not be scored: each has {"line": n, "error": "..."} in the output and
                   "score: line n: ..." on stderr; the other lines are scored
                2  wrong command line, or a lexicon file that cannot be read
              """);

  private ScoreCommand() {}

  /**
   * Runs the command.
   *
   * @param args the arguments after "score"
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    if (ARGUMENTS.wantsHelp(args)) {
      return ARGUMENTS.help(new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      return ARGUMENTS.usage(err, e.getMessage());
    }
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), ScoreCommand::daemon);
    // Start-up is a large part of a short run: build the scorer on a worker while this thread loads Jackson.
    Future<SentimentScorer> building = workers.submit(() -> SentimentScorer.withLexicon(options.lexicon()));
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      Json.FACTORY.getClass(); // loads Jackson now, in parallel with the scorer
      SentimentScorer scorer;
      try {
        scorer = await(building);
      } catch (IOException | RuntimeException e) {
        return ARGUMENTS.usage(err, e.getMessage());
      }
      return pipeline(scorer, options.language(), reader, out, err, workers, options.threads());
    } catch (IOException e) {
      err.println("score: " + e.getMessage());
      return 1;
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Reads batches of lines, scores them on the worker threads and writes the rendered batches in input
   * order. A bounded number of batches is in flight, so memory stays flat on endless input.
   */
  private static int pipeline(SentimentScorer scorer, Language language, BufferedReader reader, OutputStream out,
      PrintStream err, ExecutorService workers, int threads) throws IOException {
    Deque<Future<Batch>> inFlight = new ArrayDeque<>();
    int failures = 0;
    int lineNumber = 0;
    while (true) {
      List<String> lines = new ArrayList<>(BATCH_SIZE);
      int firstLine = lineNumber + 1;
      String line;
      while (lines.size() < BATCH_SIZE && (line = reader.readLine()) != null) {
        lines.add(line);
      }
      lineNumber += lines.size();
      if (!lines.isEmpty()) {
        inFlight.add(workers.submit(() -> render(scorer, language, lines, firstLine)));
      }
      boolean done = lines.size() < BATCH_SIZE;
      while (!inFlight.isEmpty() && (done || inFlight.size() > 2 * threads)) {
        Batch batch = await(inFlight.poll());
        out.write(batch.json());
        for (String error : batch.errors()) {
          if (++failures <= ERRORS_SHOWN) {
            err.println("score: " + error);
          }
        }
      }
      if (done) {
        out.flush();
        if (failures > ERRORS_SHOWN) {
          err.println("score: ... and " + (failures - ERRORS_SHOWN) + " more lines that could not be scored");
        }
        return failures == 0 ? 0 : SOME_LINES_FAILED_EXIT_CODE;
      }
    }
  }

  /** One batch's output: the JSON lines, and why each input line that could not be scored failed. */
  private record Batch(byte[] json, List<String> errors) {}

  /** @param language the language to score every text in, or null to detect each text's */
  private record Options(Language language, Path lexicon, int threads) {
    static Options parse(String[] args) {
      CommandLine line = ARGUMENTS.parse(args);
      String languageCode = line.value("--language").orElse("auto");
      Language language;
      try {
        language = languageCode.equals("auto") ? null : Language.fromCode(languageCode);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--language must be auto or one of " + Language.codes() + ", not " + languageCode);
      }
      int threads = line.integer("--threads").orElse(Runtime.getRuntime().availableProcessors());
      if (threads < 1) {
        throw new UsageException("--threads must be at least 1");
      }
      Path lexicon = line.value("--lexicon").map(Path::of).orElse(null);
      if (lexicon != null && !Files.isRegularFile(lexicon)) {
        throw new UsageException("the lexicon file " + lexicon + " does not exist (--lexicon)");
      }
      return new Options(language, lexicon, threads);
    }
  }

  private static Batch render(SentimentScorer scorer, Language language, List<String> lines, int firstLine)
      throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream(lines.size() * 400);
    List<String> errors = new ArrayList<>();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(json)) {
      // JSON lines: each value ends with '\n', so no extra separator between root values.
      generator.setRootValueSeparator(null);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        String error = scoreLine(scorer, language, line, firstLine + i, generator);
        if (error != null) {
          errors.add("line " + (firstLine + i) + ": " + error);
        }
        generator.writeRaw('\n');
      }
    }
    return new Batch(json.toByteArray(), errors);
  }

  private static <T> T await(Future<T> result) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "score-worker");
    thread.setDaemon(true);
    return thread;
  }

  /** Writes the score of one input line, or an error object naming the line; returns the error, null if scored. */
  private static String scoreLine(SentimentScorer scorer, Language language, String line, int lineNumber,
      JsonGenerator out) throws IOException {
    Input input;
    try {
      input = Input.parse(line);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String error = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      out.writeStartObject();
      out.writeNumberField("line", lineNumber);
      out.writeStringField("error", error);
      out.writeEndObject();
      return error;
    }
    write(input.idJson(), language == null ? scorer.score(input.text()) : scorer.score(input.text(), language), out);
    return null;
  }

  /** One input line, read with the streaming parser; "id" is kept as JSON text, to echo it as given. */
  private record Input(String idJson, String text) {
    static Input parse(String line) throws IOException {
      try (JsonParser parser = Json.FACTORY.createParser(line)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("expected a JSON object");
        }
        String id = "null";
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("text") && value == JsonToken.VALUE_STRING) {
            text = parser.getText();
          } else if (field.equals("id")) {
            id = jsonText(parser);
          } else {
            parser.skipChildren();
          }
        }
        if (parser.nextToken() != null) {
          throw new IllegalArgumentException("trailing content after the JSON object");
        }
        if (text == null) {
          throw new IllegalArgumentException("missing string field \"text\"");
        }
        return new Input(id, text);
      }
    }

    /** The current value as JSON text: scalars as written, strings, objects and arrays re-serialized. */
    private static String jsonText(JsonParser parser) throws IOException {
      if (parser.currentToken().isScalarValue() && parser.currentToken() != JsonToken.VALUE_STRING) {
        return parser.getText();
      }
      StringWriter json = new StringWriter(32);
      try (JsonGenerator generator = Json.FACTORY.createGenerator(json)) {
        generator.copyCurrentStructure(parser);
      }
      return json.toString();
    }
  }

  private static void write(String idJson, TicketScore score, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName("id");
    out.writeRawValue(idJson);
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
    out.writeStringField("language", score.language());
    out.writeStringField("languageReason", score.languageReason());
    out.writeEndObject();
  }
}
