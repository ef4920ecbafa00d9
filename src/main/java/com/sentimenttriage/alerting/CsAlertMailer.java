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
      // The same alert always carries the same Message-ID (Spring's sender keeps one set here), so the copy that a
      // node killed between the hand-over and its commit sends again is recognisable, and mail systems that
      // deduplicate by Message-ID show it once (docs/operations.md, "Faults").
      message.setHeader("Message-ID", messageId(alert.idempotencyKey(), properties.from()));
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new MailSendException("Could not build the alert e-mail for " + alert.idempotencyKey(), e);
    }
  }

  /**
   * {@code <key.alert@domain>}: the alert's idempotency key (instance and step) with anything that may not stand in
   * a Message-ID replaced, at the sender's domain.
   */
  static String messageId(String idempotencyKey, String from) {
    int at = from.lastIndexOf('@');
    String domain = at < 0 || at == from.length() - 1 ? "sentiment-triage" : from.substring(at + 1).replace(">", "");
    return "<" + idempotencyKey.replaceAll("[^A-Za-z0-9_-]", ".") + ".alert@" + domain + ">";
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
