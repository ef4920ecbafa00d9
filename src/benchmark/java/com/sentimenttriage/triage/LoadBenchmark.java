package com.sentimenttriage.triage;

import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.support.TestDatabase;
import com.sentimenttriage.support.TriageNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load benchmark of the whole application (docs/performance.md, "Load benchmark"): starts one or two nodes in this
 * JVM on a fresh H2 or PostgreSQL database with GreenMail as SMTP and every queue AUTOMATED, posts signed generic
 * webhooks over HTTP, and measures each ticket's webhook→decision latency (send to the commit of the job that ran
 * the escalation gate) and the decisions per second. Then it measures the engine's ceiling the same way, on fresh
 * nodes and a fresh database that deploy benchmark/ticket-triage-noop.bpmn under the same process key: the same
 * model with no-op delegates, started through the same webhook, replaying each ticket's route.
 *
 * <p>Phases per setup: warm-up (closed loop, not reported), fixed rate (open loop), full speed (closed loop); the
 * same for the ceiling. Prints a Markdown table. Flags: {@code --db=h2|postgres --nodes=1|2 --rate=50 --seconds=30
 * --full-speed-tickets=2000 --threads=8 --warmup=1000 --jit-warmup=3000}, or {@code --all} for the matrix; {@code --set=name=value}
 * (repeatable) gives every node an application property, to measure a configuration change.
 */
public final class LoadBenchmark {

  private static final String NOOP_MODEL = "benchmark/ticket-triage-noop.bpmn";
  /** A phase gives up waiting when no decision or job completes for this long (an incident, a dead node). */
  private static final Duration STALLED = Duration.ofMinutes(1);

  enum Model { PIPELINE, CEILING }

  record Setup(String db, int nodes) {
    String label() {
      return db + ", " + nodes + (nodes == 1 ? " node" : " nodes");
    }
  }

  /**
   * @param settings {@code --set=name=value} (repeatable): application properties for every node, to try a change
   * @param models {@code --models=pipeline} or {@code ceiling} runs one model only, to iterate on it (default both)
   * @param countSql {@code --count-sql}: SQL statements per ticket by statement (costs CPU: see {@link SqlCounter})
   * @param variant {@code --ab=name=value}: runs each setup's pipeline four times in this JVM, without (A) and with
   *     (B) this one more property, in the order A B B A, so that both meet the same JIT and, on average, the same
   *     load from the rest of a shared machine; empty when not asked for
   */
  record Options(List<Setup> setups, int rate, int seconds, int fullSpeedTickets, int threads, int warmup,
      int jitWarmup, Map<String, String> settings, List<Model> models, boolean countSql, Map<String, String> variant) {

    static Options parse(String[] args) {
      Map<String, String> flags = new HashMap<>();
      Map<String, String> settings = new TreeMap<>();
      Map<String, String> variant = new TreeMap<>();
      for (String arg : args) {
        if (!arg.startsWith("--")) {
          throw new IllegalArgumentException("Unknown argument " + arg);
        }
        String[] pair = arg.substring(2).split("=", 2);
        if ((pair[0].equals("set") || pair[0].equals("ab")) && pair.length == 2 && pair[1].contains("=")) {
          String[] setting = pair[1].split("=", 2);
          (pair[0].equals("set") ? settings : variant).put(setting[0], setting[1]);
        } else {
          flags.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
      }
      List<String> known = List.of("db", "nodes", "rate", "seconds", "full-speed-tickets", "threads", "warmup", "jit-warmup",
          "all", "models", "count-sql");
      flags.keySet().stream().filter(flag -> !known.contains(flag)).findFirst().ifPresent(flag -> {
        throw new IllegalArgumentException("Unknown flag --" + flag + "; known: " + known);
      });
      List<Setup> setups = flags.containsKey("all")
          // Two nodes on H2 would need an H2 TCP server; in-process they could not share one embedded database.
          ? List.of(new Setup("h2", 1), new Setup("postgres", 1), new Setup("postgres", 2))
          : List.of(new Setup(flags.getOrDefault("db", "h2"), Integer.parseInt(flags.getOrDefault("nodes", "1"))));
      for (Setup setup : setups) {
        if (!List.of("h2", "postgres").contains(setup.db()) || setup.nodes() < 1 || setup.nodes() > 2
            || setup.db().equals("h2") && setup.nodes() > 1) {
          throw new IllegalArgumentException("Supported: --db=h2 --nodes=1, --db=postgres --nodes=1|2 (not "
              + setup.label() + ": two in-process nodes cannot share an embedded H2)");
        }
      }
      // The matrix runs five setups' worth of phases: shorter defaults keep it near ten minutes on two idle cores.
      boolean matrix = flags.containsKey("all");
      return new Options(setups, integer(flags, "rate", 50), integer(flags, "seconds", matrix ? 20 : 30),
          integer(flags, "full-speed-tickets", matrix ? 1000 : 2000), integer(flags, "threads", 8),
          integer(flags, "warmup", matrix ? 800 : 1000), integer(flags, "jit-warmup", 3000), settings,
          flags.containsKey("models") ? List.of(Model.valueOf(flags.get("models").toUpperCase(Locale.ROOT)))
              : List.of(Model.values()),
          flags.containsKey("count-sql"), variant);
    }

    private static int integer(Map<String, String> flags, String name, int fallback) {
      return flags.containsKey(name) ? Integer.parseInt(flags.get(name)) : fallback;
    }
  }

  /** One phase's outcome. Latencies in milliseconds, sorted. */
  record Result(Setup setup, Model model, String phase, WebhookLoad.Sent sent, double[] latencies, int decided,
      double decidedPerSecond, double cpuMillisPerTicket, String load) {

    double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100 * latencies.length);
      return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))];
    }
  }

  private final Options options;
  private final String secret = UUID.randomUUID().toString();
  private final List<Result> results = new ArrayList<>();
  private int engines;

  private LoadBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    requireSameShape();
    SqlCounter.enabled = options.countSql();
    LoadBenchmark benchmark = new LoadBenchmark(options);
    GreenMail mail = TriageNode.greenMailOnFreePort();
    try {
      benchmark.warmUpJit(mail);
      for (Setup setup : options.setups()) {
        String unavailable = setup.db().equals("postgres") ? TestDatabase.unavailableReason() : null;
        if (unavailable != null) {
          System.out.println("Skipping " + setup.label() + ": " + unavailable);
          continue;
        }
        if (options.variant().isEmpty()) {
          for (Model model : options.models()) {
            benchmark.run(setup, model, mail, "", Map.of());
          }
        } else {
          for (String round : List.of("A", "B", "B", "A")) {
            benchmark.run(setup, Model.PIPELINE, mail, round + ": ", round.equals("B") ? options.variant() : Map.of());
          }
        }
        // After each setup, so an interrupted matrix still leaves its finished rows.
        System.out.println();
        System.out.println(benchmark.table());
      }
    } finally {
      mail.stop();
    }
    // The nodes' non-daemon threads are gone, but the HTTP client's selector may linger.
    System.exit(0);
  }

  /**
   * Runs both models on each database of the run until the JIT has compiled the code they share, before anything
   * is measured. Without it each setup ran on warmer code than the one before (the setups share this JVM): the
   * first pipeline was measured on code the ceiling after it no longer ran, and the pipeline took 10 CPU ms per
   * ticket in the matrix's last setup against 18-27 ms as the first thing a fresh JVM ran (2026-11-22). Each
   * database has code of its own (PostgreSQL's driver), so each is warmed.
   */
  private void warmUpJit(GreenMail mail) throws Exception {
    if (options.jitWarmup() == 0) {
      return;
    }
    for (String db : options.setups().stream().map(Setup::db).distinct().toList()) {
      if (db.equals("postgres") && TestDatabase.unavailableReason() != null) {
        continue;
      }
      for (Model model : options.models()) {
        Path h2Directory = db.equals("h2") ? Files.createTempDirectory("triage-load-jit") : null;
        TestDatabase postgres = db.equals("postgres") ? TestDatabase.fresh() : null;
        try (ConfigurableApplicationContext node = node(model, mail, h2Directory, postgres).start()) {
          DecisionProbe.forgetDecisions();
          WebhookLoad load = new WebhookLoad(List.of(TriageNode.genericWebhook(node)), secret);
          Result warm = phase(new Setup(db, 1), model, "JIT warm-up", node.getBean(ManagementService.class),
              () -> load.closedLoop("J", options.jitWarmup(), options.threads()));
          System.out.printf(Locale.ROOT, "JIT warm-up, %s, %s: %d tickets, %.1f decided/s (not reported)%n", db,
              model, warm.decided(), warm.decidedPerSecond());
        } finally {
          if (h2Directory != null) {
            deleteDirectory(h2Directory);
          }
        }
      }
    }
  }

  /** Starts fresh nodes on a fresh database for the model, runs warm-up, fixed rate and full speed, stops them. */
  private void run(Setup setup, Model model, GreenMail mail, String label, Map<String, String> variant)
      throws Exception {
    System.out.printf(Locale.ROOT, "%n== %s, %s (%s) ==%n", setup.label(), model, loadAverage());
    Path h2Directory = setup.db().equals("h2") ? Files.createTempDirectory("triage-load-h2") : null;
    TestDatabase postgres = setup.db().equals("postgres") ? TestDatabase.fresh() : null;
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    try {
      long started = System.nanoTime();
      for (int i = 0; i < setup.nodes(); i++) {
        // The second node starts when the first has created the schema, as docker-compose.yml does.
        TriageNode node = node(model, mail, h2Directory, postgres);
        variant.forEach(node::property);
        nodes.add(node.start());
      }
      System.out.printf(Locale.ROOT, "  started in %.1f s%n", (System.nanoTime() - started) / 1e9);
      // Every run repeats the ticket ids on its fresh database; the pipeline's routes are kept for the ceiling.
      DecisionProbe.forgetDecisions();
      SqlCounter.reset();
      WebhookLoad load = new WebhookLoad(nodes.stream().map(TriageNode::genericWebhook).toList(), secret);
      ManagementService management = nodes.get(0).getBean(ManagementService.class);

      Result warmUp = phase(setup, model, label + "warm-up", management,
          () -> load.closedLoop("W", options.warmup(), options.threads()));
      Result fixed = phase(setup, model, label + "fixed " + options.rate() + "/s for " + options.seconds() + " s",
          management, () -> load.openLoop("R", options.rate(), options.seconds()));
      Result fullSpeed = phase(setup, model, label + "full speed, " + options.threads() + " clients", management,
          () -> load.closedLoop("F", options.fullSpeedTickets(), options.threads()));
      results.add(fixed);
      results.add(fullSpeed);
      if (postgres != null) {
        printRowsWritten(nodes.get(0).getBean(JdbcTemplate.class),
            warmUp.decided() + fixed.decided() + fullSpeed.decided());
      }
      if (options.countSql()) {
        System.out.println(SqlCounter.report(warmUp.decided() + fixed.decided() + fullSpeed.decided(), 40));
      }
    } finally {
      for (int i = nodes.size() - 1; i >= 0; i--) {
        nodes.get(i).close();
      }
      if (h2Directory != null) {
        deleteDirectory(h2Directory);
      }
    }
  }

  private static void deleteDirectory(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /**
   * Where the database work goes: rows inserted, updated and deleted per decided ticket in each table, from
   * PostgreSQL's own counters for this run's fresh database (the tables with the most writes first).
   */
  private static void printRowsWritten(JdbcTemplate jdbc, int tickets) throws InterruptedException {
    // Each server process reports its counters when idle for a second at most.
    Thread.sleep(1_500);
    List<Map<String, Object>> tables = jdbc.queryForList("""
        select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables
         where n_tup_ins + n_tup_upd + n_tup_del > 0
         order by n_tup_ins + n_tup_upd + n_tup_del desc""");
    double total = 0;
    StringBuilder line = new StringBuilder();
    for (Map<String, Object> table : tables) {
      double ins = ((Number) table.get("n_tup_ins")).doubleValue() / tickets;
      double upd = ((Number) table.get("n_tup_upd")).doubleValue() / tickets;
      double del = ((Number) table.get("n_tup_del")).doubleValue() / tickets;
      total += ins + upd + del;
      line.append(String.format(Locale.ROOT, "%n    %-28s %5.1f inserted, %5.1f updated, %5.1f deleted",
          table.get("relname"), ins, upd, del));
    }
    System.out.printf(Locale.ROOT, "  rows written per ticket (%d tickets): %.1f%s%n", tickets, total, line);
  }

  private TriageNode node(Model model, GreenMail mail, Path h2Directory, TestDatabase postgres) {
    TriageNode node = TriageNode.named("load" + (++engines), mail)
        .with(BenchmarkBeans.class)
        // The shipped webhook security: signed deliveries only.
        .property("triage.webhooks.generic.verify", true)
        .property("triage.webhooks.generic.secret", secret)
        // Every ticket is logged at INFO as in production, to a file rather than this console.
        .property("logging.file.name", "target/load-benchmark.log")
        .property("logging.threshold.console", "warn")
        .property("spring.main.banner-mode", "off");
    if (postgres != null) {
      // The production profile: its pool, job executor and history settings are what is measured.
      node.on(postgres).profiles("postgres");
    } else {
      // The default (demo) profile, on a file database of its own as the shipped ./data one would be.
      node.property("spring.datasource.url", "jdbc:h2:file:" + h2Directory.resolve("triage"));
    }
    options.settings().forEach(node::property);
    if (model == Model.CEILING) {
      // The no-op model under the real process key; the decision tables stay for completeness, nothing else.
      node.property("camunda.bpm.deployment-resource-pattern", "classpath*:processes/*.dmn,classpath*:" + NOOP_MODEL);
    }
    return node;
  }

  interface Load {
    WebhookLoad.Sent send() throws Exception;
  }

  /**
   * Sends, waits until every accepted ticket's decision is committed, then until the job executors are idle (alerts,
   * chat posts), so the next phase starts from a quiet node.
   */
  private Result phase(Setup setup, Model model, String phase, ManagementService management, Load load)
      throws Exception {
    String loadBefore = loadAverage();
    long cpuBefore = processCpuNanos();
    WebhookLoad.Sent sent = load.send();
    List<Double> latencies = new ArrayList<>();
    long lastDecision = awaitDecisions(sent, latencies);
    long cpu = processCpuNanos() - cpuBefore;
    awaitIdle(management);
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double seconds = (lastDecision - sent.firstSend()) / 1e9;
    Result result = new Result(setup, model, phase, sent, sorted, sorted.length,
        sorted.length == 0 ? 0 : sorted.length / seconds, sorted.length == 0 ? 0 : cpu / 1e6 / sorted.length,
        loadBefore + " → " + loadAverage());
    System.out.printf(Locale.ROOT,
        "  %-28s 202: %d, 200: %d, errors: %d, decided: %d; p50 %.0f ms, p99 %.0f ms, max %.0f ms; %.1f decided/s;"
            + " %.1f CPU ms/ticket; send lag max %.0f ms; load %s%n",
        phase, sent.accepted(), sent.duplicates(), sent.errors(), result.decided(), result.percentile(50),
        result.percentile(99), result.percentile(100), result.decidedPerSecond(), result.cpuMillisPerTicket(),
        sent.maxLagNanos() / 1e6, result.load());
    return result;
  }

  /** Collects each accepted ticket's latency in ms; returns the last decision's commit time. */
  private static long awaitDecisions(WebhookLoad.Sent sent, List<Double> latencies) throws InterruptedException {
    Map<String, Long> pending = new HashMap<>(sent.sentAt());
    long last = sent.firstSend();
    long progress = System.nanoTime();
    while (!pending.isEmpty() && System.nanoTime() - progress < STALLED.toNanos()) {
      var iterator = pending.entrySet().iterator();
      while (iterator.hasNext()) {
        var ticket = iterator.next();
        Long decided = DecisionProbe.decidedAt(ticket.getKey());
        if (decided != null) {
          latencies.add((decided - ticket.getValue()) / 1e6);
          last = Math.max(last, decided);
          progress = System.nanoTime();
          iterator.remove();
        }
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    if (!pending.isEmpty()) {
      System.out.println("  " + pending.size() + " accepted tickets not decided: no decision for " + STALLED);
    }
    return last;
  }

  private static void awaitIdle(ManagementService management) throws InterruptedException {
    long progress = System.nanoTime();
    long executable = management.createJobQuery().executable().count();
    while (executable > 0 && System.nanoTime() - progress < STALLED.toNanos()) {
      TimeUnit.MILLISECONDS.sleep(100);
      long now = management.createJobQuery().executable().count();
      if (now < executable) {
        progress = System.nanoTime();
      }
      executable = now;
    }
    if (executable > 0) {
      System.out.println("  " + executable + " jobs still executable: none completed for " + STALLED);
    }
  }

  /**
   * Guards the ceiling's honesty: the no-op model must have the real model's elements, types and async flags, or
   * the ratio compares different processes.
   */
  private static void requireSameShape() throws IOException {
    Map<String, String> real = shape("processes/ticket-triage.bpmn");
    Map<String, String> noop = shape(NOOP_MODEL);
    if (!real.equals(noop)) {
      throw new IllegalStateException(NOOP_MODEL + " no longer has the shape of processes/ticket-triage.bpmn; "
          + "regenerate it (see its header). Real: " + real + "; no-op: " + noop);
    }
  }

  private static Map<String, String> shape(String resource) throws IOException {
    try (InputStream in = LoadBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath (compile with -Pbenchmark)");
      }
      Map<String, String> shape = new TreeMap<>();
      for (FlowNode node : Bpmn.readModelFromStream(in).getModelElementsByType(FlowNode.class)) {
        shape.put(node.getId(), node.getElementType().getTypeName() + " before=" + node.isCamundaAsyncBefore()
            + " after=" + node.isCamundaAsyncAfter() + " out=" + node.getOutgoing().size());
      }
      return shape;
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The 1-, 5- and 15-minute load averages, as uptime prints them. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", Arrays.copyOf(parts, 3));
    } catch (IOException | UncheckedIOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private String table() {
    StringBuilder out = new StringBuilder();
    out.append("Load benchmark, ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        .substring(0, 16)).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
        .append(String.format(Locale.ROOT, "rate %d/s for %d s, full speed %d tickets from %d clients, warm-up %d",
            options.rate(), options.seconds(), options.fullSpeedTickets(), options.threads(), options.warmup()))
        .append(options.settings().isEmpty() ? "" : "; settings " + options.settings())
        .append(options.variant().isEmpty() ? "" : "; A: without, B: with " + options.variant())
        .append("\n\n");
    out.append("| setup | model | phase | 202 | errors | decided | p50 ms | p90 ms | p99 ms | max ms | decided/s "
        + "| CPU ms/ticket | load avg (1, 5, 15 min) before → after |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Result r : results) {
      out.append(String.format(Locale.ROOT,
          "| %s | %s | %s | %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %s |%n",
          r.setup().label(), r.model() == Model.PIPELINE ? "pipeline" : "no-op ceiling", r.phase(),
          r.sent().accepted(), r.sent().errors() + r.sent().duplicates(), r.decided(), r.percentile(50),
          r.percentile(90), r.percentile(99), r.percentile(100), r.decidedPerSecond(), r.cpuMillisPerTicket(),
          r.load()));
    }
    out.append("\n| setup | full speed: pipeline / ceiling (target ≥ 80 %) | p99 at the fixed rate (target < 100 ms) |\n");
    out.append("|---|---:|---:|\n");
    for (Setup setup : options.setups()) {
      Result pipeline = find(setup, Model.PIPELINE, "full speed");
      Result ceiling = find(setup, Model.CEILING, "full speed");
      Result rate = find(setup, Model.PIPELINE, "fixed");
      if (pipeline == null || ceiling == null || rate == null) {
        continue;
      }
      double ratio = pipeline.decidedPerSecond() / ceiling.decidedPerSecond();
      out.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f = **%.0f %%** (%s) | **%.0f ms** (%s) |%n",
          setup.label(), pipeline.decidedPerSecond(), ceiling.decidedPerSecond(), ratio * 100,
          ratio >= 0.8 ? "met" : "not met", rate.percentile(99), rate.percentile(99) < 100 ? "met" : "not met"));
    }
    if (!options.variant().isEmpty()) {
      out.append("\n| setup | phase | CPU ms/ticket A (without) | B (with " + options.variant() + ") | decided/s A | B |\n");
      out.append("|---|---|---:|---:|---:|---:|\n");
      for (Setup setup : options.setups()) {
        for (String phase : List.of("fixed", "full speed")) {
          out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f |%n", setup.label(), phase,
              mean(setup, "A: " + phase, Result::cpuMillisPerTicket),
              mean(setup, "B: " + phase, Result::cpuMillisPerTicket),
              mean(setup, "A: " + phase, Result::decidedPerSecond),
              mean(setup, "B: " + phase, Result::decidedPerSecond)));
        }
      }
    }
    out.append("\nCPU ms/ticket: CPU time of this whole JVM (nodes, HTTP clients, GreenMail; not PostgreSQL's server)"
        + " per decided ticket over the phase. Latency: webhook sent → commit of the job that ran the escalation gate.");
    return out.toString();
  }

  /** The mean of a figure over the pipeline's phases of one setup whose label starts so (both rounds of A or B). */
  private double mean(Setup setup, String phasePrefix, java.util.function.ToDoubleFunction<Result> figure) {
    return results.stream().filter(r -> r.setup().equals(setup) && r.phase().startsWith(phasePrefix))
        .mapToDouble(figure).average().orElse(Double.NaN);
  }

  private Result find(Setup setup, Model model, String phasePrefix) {
    return results.stream().filter(r -> r.setup().equals(setup) && r.model() == model
        && r.phase().startsWith(phasePrefix)).findFirst().orElse(null);
  }
}
