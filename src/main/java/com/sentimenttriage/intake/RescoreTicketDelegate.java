package com.sentimenttriage.intake;

import static com.sentimenttriage.triage.TriageVariables.CONVERSATION;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION_THREAD;
import static com.sentimenttriage.triage.TriageVariables.CUSTOMER_REPLIES;
import static com.sentimenttriage.triage.TriageVariables.THREAD_TREND;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;

import com.sentimenttriage.scoring.ScoreVariables;
import com.sentimenttriage.scoring.ScoreVariables.Scores;
import com.sentimenttriage.scoring.ScoreVariables.Target;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.ThreadMessage;
import com.sentimenttriage.scoring.engine.ThreadScore;
import com.sentimenttriage.scoring.engine.TicketScore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Re-scores a ticket after the customer wrote again: the whole thread (earlier messages plus the new latest one),
 * so the open review task shows the new message with scores that reflect the conversation. The label, frustration
 * and explanation are the latest message's; the polarity is the thread's recency-weighted mood.
 */
@Component("rescoreTicketDelegate")
public class RescoreTicketDelegate implements JavaDelegate {

  private final SentimentScorer scorer;

  public RescoreTicketDelegate(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ThreadMessage> thread = new ArrayList<>();
    List<TicketMessage> conversation = Conversation.decode(CONVERSATION.find(execution).orElse(null));
    for (TicketMessage earlier : conversation) {
      thread.add(new ThreadMessage(earlier.author() == TicketMessage.Author.AGENT
          ? ThreadMessage.Author.AGENT : ThreadMessage.Author.CUSTOMER, earlier.text()));
    }
    thread.add(new ThreadMessage(ThreadMessage.Author.CUSTOMER, TICKET_TEXT.get(execution)));
    ThreadScore score = scorer.scoreThread(thread);
    TicketScore latest = score.latest();

    Set<String> topics = new LinkedHashSet<>();
    score.customerMessages().forEach(m -> m.topics().forEach(t -> topics.add(t.displayName())));
    ScoreVariables.write(execution, Target.PROCESS, new Scores(ScoreVariables.rounded(score.aggregatePolarity()),
        latest.frustration(), latest.label().displayName(), String.join(", ", topics),
        ScoreVariables.riskName(score.customerMessages().stream()
            .flatMap(m -> m.highestTopicRisk().stream()).max(Enum::compareTo)),
        score.customerMessages().stream().anyMatch(TicketScore::churnRisk),
        ScoreVariables.rounded(latest.confidence()), ScoreVariables.explanation(latest)));
    THREAD_TREND.set(execution, score.trend().name());
    // For the review form, which cannot read the JSON: a reply that came in while the review waits shows there.
    CONVERSATION_THREAD.set(execution, Conversation.asLines(conversation));
    CUSTOMER_REPLIES.set(execution, CUSTOMER_REPLIES.find(execution).orElse(0) + 1);
  }
}
