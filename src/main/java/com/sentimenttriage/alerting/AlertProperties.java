package com.sentimenttriage.alerting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from            sender address of alert e-mails
 * @param fallbackRecipient where alerts for tickets without a known CS owner go (a CS managers' mailbox)
 * @param baseUrl         public address of this application, for the links in an alert
 */
@ConfigurationProperties("triage.alerts")
public record AlertProperties(String from, String fallbackRecipient, String baseUrl) {
}
