package com.sentimenttriage.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Task completions are held to the task's form ({@link TaskCompletionGuard}) on the engine's REST API and on the
 * webapps' API alike. The guard runs after both are authenticated: after the engine REST's Basic filter (order 1)
 * and Spring Security's chain with the webapps' single sign-on ({@link WebappSingleSignOn}).
 */
@Configuration
public class TaskCompletionSecurity {

  @Bean
  public FilterRegistrationBean<TaskCompletionGuard> taskCompletionGuard(ObjectProvider<ProcessEngine> engine,
      ObjectMapper json) {
    FilterRegistrationBean<TaskCompletionGuard> registration =
        new FilterRegistrationBean<>(new TaskCompletionGuard(engine, json));
    registration.setName("task-completion-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(2);
    return registration;
  }
}
