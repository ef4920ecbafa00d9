package com.sentimenttriage.scoring.engine;

import java.util.List;

/** Aggregates a conversation's customer-message scores into one mood and a direction. */
final class ThreadTrend {
  /** Each older message weighs this much less than the next one, so the latest dominates. */
  static final double RECENCY_DECAY = 0.5;
  /** A polarity change smaller than this is noise, not a trend. */
  static final double TREND_POLARITY = 0.15;
  /** ... and so is a frustration change smaller than this. */
  static final int TREND_FRUSTRATION = 15;

  private ThreadTrend() {}

  static ThreadScore of(List<TicketScore> customer, TicketScore empty) {
    if (customer.isEmpty()) {
      return new ThreadScore(empty, 0, ThreadScore.Trend.STABLE, customer);
    }
    TicketScore latest = customer.get(customer.size() - 1);
    double weight = 1;
    double weighted = 0;
    double total = 0;
    for (int i = customer.size() - 1; i >= 0; i--) {
      weighted += weight * customer.get(i).polarity();
      total += weight;
      weight *= RECENCY_DECAY;
    }
    double aggregate = Math.max(-1, Math.min(1, weighted / total));
    return new ThreadScore(latest, Math.round(aggregate * 10000) / 10000.0, trend(customer), customer);
  }

  /** Compares the latest message with the mean of the earlier ones, on polarity and on frustration. */
  private static ThreadScore.Trend trend(List<TicketScore> customer) {
    if (customer.size() < 2) {
      return ThreadScore.Trend.STABLE;
    }
    TicketScore latest = customer.get(customer.size() - 1);
    List<TicketScore> earlier = customer.subList(0, customer.size() - 1);
    double polarity = earlier.stream().mapToDouble(TicketScore::polarity).average().orElse(0);
    double frustration = earlier.stream().mapToInt(TicketScore::frustration).average().orElse(0);
    double polarityChange = latest.polarity() - polarity;
    double frustrationChange = latest.frustration() - frustration;
    if (polarityChange <= -TREND_POLARITY || frustrationChange >= TREND_FRUSTRATION) {
      return ThreadScore.Trend.WORSENING;
    }
    if (polarityChange >= TREND_POLARITY || frustrationChange <= -TREND_FRUSTRATION) {
      return ThreadScore.Trend.IMPROVING;
    }
    return ThreadScore.Trend.STABLE;
  }
}
