package com.sentimenttriage.writeback;

import com.sentimenttriage.writeback.zendesk.ZendeskProperties;
import com.sentimenttriage.writeback.zendesk.ZendeskRequesterDirectory;
import com.sentimenttriage.writeback.zendesk.ZendeskWriter;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The helpdesk writers; one per helpdesk, each writing only with its credentials set. */
@Configuration
@EnableConfigurationProperties(ZendeskProperties.class)
public class WriteBackConfiguration {

  @Bean
  public ZendeskWriter zendeskWriter(ZendeskProperties properties, Clock clock) {
    return new ZendeskWriter(properties, clock);
  }

  @Bean
  public ZendeskRequesterDirectory zendeskRequesterDirectory(ZendeskWriter zendeskWriter) {
    return new ZendeskRequesterDirectory(zendeskWriter);
  }
}
