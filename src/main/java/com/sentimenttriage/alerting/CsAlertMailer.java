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
 * the wording without code) and hands it to the mail server: to the CS owner, copying the CS manager on Critical
 * alerts.
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
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(alert.to().email());
      if (!alert.cc().isEmpty()) {
        helper.setCc(alert.cc().toArray(String[]::new));
      }
      helper.setSubject(alert.mailSubject());
      helper.setText(templates.process("cs-alert.txt", model), templates.process("cs-alert.html", model));
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new MailSendException("Could not build the alert e-mail for " + alert.idempotencyKey(), e);
    }
  }

  /** The engine for every mail this application writes (alerts and digests), reading resources/templates/mail. */
  public static TemplateEngine mailTemplates() {
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
}
