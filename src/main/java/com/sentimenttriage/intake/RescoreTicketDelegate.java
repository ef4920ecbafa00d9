package com.sentimenttriage.intake;

import static com.sentimenttriage.triage.TriageVariables.CONVERSATION;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION_THREAD;
import static com.sentimenttriage.triage.TriageVariables.CUSTOMER_REPLIES;
import static com.sentimenttriage.triage.TriageVariables.THREAD_TREND;
import static com.sentimenttriage.triage.TriageVariables.TICKET_LANGUAGE;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;

import com.sentimenttriage.scoring.ScoreVariables;
import com.sentimenttriage.scoring.ScoreVariables.Scores;
import com.sentimenttriage.scoring.ScoreVariables.Target;
import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.ThreadMessage;
import com.sentimenttriage.scoring.engine.ThreadScore;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Re-scores a ticket after the customer wrote again: the whole thread (earlier messages plus the new latest one),
 * so the open review task shows the new message with scores that reflect the conversation. The label, frustration
 * and explanation are the latest message's; the polarity is the thread's recency-weighted mood. Each message's
 * language is detected on its own; a reply too short to tell ("Immer noch kaputt!") takes the ticket's language.
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
    Language ticketLanguage = TICKET_LANGUAGE.find(execution).flatMap(Language::find).orElse(null);
    ThreadScore score = scorer.scoreThread(thread, ticketLanguage);
    ScoreVariables.write(execution, Target.PROCESS, Scores.of(score));
    THREAD_TREND.set(execution, score.trend().name());
    // For the review form, which cannot read the JSON: a reply that came in while the review waits shows there.
    CONVERSATION_THREAD.set(execution, Conversation.asLines(conversation));
    CUSTOMER_REPLIES.set(execution, CUSTOMER_REPLIES.find(execution).orElse(0) + 1);
  }
}
