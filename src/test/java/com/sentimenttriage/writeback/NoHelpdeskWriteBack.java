package com.sentimenttriage.writeback;

import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * For process tests of ticket-triage: no helpdesk has write-back credentials, so the models' write-back branches
 * ({@code ${helpdeskWriteBacks.writesTo(source)}}) are never taken. The write-back has its own tests.
 */
public final class NoHelpdeskWriteBack {

  public static void register() {
    Mocks.register(Beans.HELPDESK_WRITE_BACKS, new HelpdeskWriteBacks(
        new StaticListableBeanFactory().getBeanProvider(HelpdeskWriter.class), null));
  }

  private NoHelpdeskWriteBack() {
  }
}
