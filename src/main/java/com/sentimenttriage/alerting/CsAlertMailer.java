package com.sentimenttriage.alerting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a CS alert from the templates in resources/templates/mail (plain text and HTML, so a team can change
 * the wording without code) and hands it to the mail server.
 */
@Component
public class CsAlertMailer {

  private final JavaMailSender mailSender;
  private final AlertProperties properties;
  private final TemplateEngine templates = mailTemplates();

  public CsAlertMailer(JavaMailSender mailSender, AlertProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  public void send(CsAlert alert) {
    Context model = new Context();
    model.setVariable("alert", alert);
    model.setVariable("links", new AlertLinks(properties.baseUrl(), alert.processInstanceId()));
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(alert.recipient());
      helper.setSubject(alert.mailSubject());
      helper.setText(templates.process("cs-alert.txt", model), templates.process("cs-alert.html", model));
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new MailSendException("Could not build the alert e-mail for " + alert.idempotencyKey(), e);
    }
  }

  private static TemplateEngine mailTemplates() {
    // The Spring flavour evaluates expressions with SpEL, which is on the classpath already (plain Thymeleaf needs OGNL).
    TemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    return engine;
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    return resolver;
  }

  /** Where the CS owner can follow up: the instance in Cockpit and the review queue in Tasklist. */
  public record AlertLinks(String baseUrl, String processInstanceId) {
    public String cockpit() {
      return baseUrl + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }

    public String tasklist() {
      return baseUrl + "/camunda/app/tasklist/default/";
    }
  }
}
