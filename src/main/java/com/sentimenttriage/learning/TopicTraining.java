package com.sentimenttriage.learning;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Trains a new topic model version from every settled topic and stores it, promoted or not. The rules' topic of each
 * example is scored again from its masked text, so the comparison is with the rules alone, not with an earlier model.
 */
@Service
public class TopicTraining {

  private static final Logger log = LoggerFactory.getLogger(TopicTraining.class);

  private final TopicModels models;
  private final SentimentScorer scorer;
  private final TopicTrainer trainer;
  private final Clock clock;

  public TopicTraining(TopicModels models, SentimentScorer scorer, Clock clock, LearningProperties properties) {
    this.models = models;
    this.scorer = scorer;
    this.trainer = new TopicTrainer(properties);
    this.clock = clock;
  }

  public ModelTraining.Result retrain() {
    TopicTrainer.Outcome outcome = trainer.train(examples(models.settledTopics()));
    int version = models.save(outcome, clock.instant());
    log.info("Topic model v{}: {} labelled ({}), {} held out, accuracy {} vs rules {}, promoted={} ({})", version,
        outcome.labelledExamples(), outcome.labels().describe(), outcome.heldOutExamples(), outcome.modelAccuracy(),
        outcome.rulesAccuracy(), outcome.promoted(), outcome.reason());
    return new ModelTraining.Result(version, outcome.promoted(), outcome.modelAccuracy(), outcome.rulesAccuracy(),
        outcome.labelledExamples(), outcome.reason());
  }

  /** Settled topics the taxonomy knows (or "None of these"), with the rules' first topic beside them. */
  List<TopicExample> examples(List<TopicModels.SettledTopic> settled) {
    List<TopicExample> examples = new ArrayList<>();
    for (TopicModels.SettledTopic ticket : settled) {
      canonical(ticket.topic()).ifPresent(topic -> examples.add(new TopicExample(ticket.businessKey(),
          TicketTokens.of(ticket.text()), topic, rulesTopic(ticket.text()), ticket.source())));
    }
    return examples;
  }

  private Optional<String> canonical(String topic) {
    if (TopicModel.NO_TOPIC.equalsIgnoreCase(topic.strip())) {
      return Optional.of(TopicModel.NO_TOPIC);
    }
    return scorer.topicNamed(topic).map(TopicMatch::displayName);
  }

  private String rulesTopic(String text) {
    return scorer.score(text).topics().stream().findFirst().map(TopicMatch::displayName).orElse(TopicModel.NO_TOPIC);
  }
}
