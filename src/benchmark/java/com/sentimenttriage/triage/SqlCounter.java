package com.sentimenttriage.triage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The load benchmark's {@code --count-sql}: counts the SQL statements the nodes send, by statement text, through a
 * proxy around each node's {@link DataSource}. A statement added to a JDBC batch counts as one statement, as it is
 * one for the database; the batch's round trip is counted apart. Off unless asked for: the proxy costs CPU of its
 * own, so CPU per ticket is measured without it.
 */
final class SqlCounter {

  static volatile boolean enabled;

  private static final Map<String, LongAdder> STATEMENTS = new ConcurrentHashMap<>();
  private static final LongAdder ROUND_TRIPS = new LongAdder();

  private SqlCounter() {
  }

  static void reset() {
    STATEMENTS.clear();
    ROUND_TRIPS.reset();
  }

  /** Statements and round trips per ticket, then the most frequent statements. */
  static String report(int tickets, int top) {
    long total = STATEMENTS.values().stream().mapToLong(LongAdder::sum).sum();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "  SQL per ticket (%d tickets): %.1f statements, %.1f round trips", tickets, (double) total / tickets,
        ROUND_TRIPS.doubleValue() / tickets));
    STATEMENTS.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .limit(top)
        .forEach(e -> out.append(String.format(Locale.ROOT, "%n    %5.2f  %s", e.getValue().doubleValue() / tickets,
            abbreviated(e.getKey()))));
    return out.toString();
  }

  private static String abbreviated(String sql) {
    String line = sql.replaceAll("\\s+", " ").trim();
    return line.length() > 150 ? line.substring(0, 150) + "…" : line;
  }

  private static void count(String sql) {
    STATEMENTS.computeIfAbsent(sql, s -> new LongAdder()).increment();
  }

  /** Wraps every DataSource bean when counting is on. */
  static BeanPostProcessor postProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!enabled || !(bean instanceof DataSource dataSource)) {
          return bean;
        }
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? connection(connection) : result;
        });
      }
    };
  }

  private static Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
        return prepared(statement, sql);
      }
      if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
        return plain(statement);
      }
      return result;
    });
  }

  private static PreparedStatement prepared(PreparedStatement statement, String sql) {
    return proxy(PreparedStatement.class, statement, (target, method, args) -> {
      String name = method.getName();
      boolean ownSql = args == null || args.length == 0;
      if (ownSql && (name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate")
          || name.equals("addBatch"))) {
        count(sql);
      }
      if (name.startsWith("execute")) {
        ROUND_TRIPS.increment();
      }
      return invoke(target, method, args);
    });
  }

  private static Statement plain(Statement statement) {
    return proxy(Statement.class, statement, (target, method, args) -> {
      String name = method.getName();
      if ((name.startsWith("execute") && !name.equals("executeBatch") || name.equals("addBatch"))
          && args != null && args.length > 0 && args[0] instanceof String sql) {
        count(sql);
      }
      if (name.startsWith("execute")) {
        ROUND_TRIPS.increment();
      }
      return invoke(target, method, args);
    });
  }

  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (proxy, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
          && wanted.isInstance(target)) {
        return target;
      }
      return handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
