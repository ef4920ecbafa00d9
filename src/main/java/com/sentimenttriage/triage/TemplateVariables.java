package com.sentimenttriage.triage;

/**
 * Input parameters of the building blocks behind the element templates ({@code .camunda/element-templates/}) whose
 * names are not the triage process's: a caller maps its own variables onto them. Every other input and output of a
 * template has the name and type of its {@link TriageVariables} namesake.
 */
public final class TemplateVariables {

  /** The message to score, masked: the ticket's text in triage, a survey's comment elsewhere. */
  public static final ProcessVariable<String> TEXT = ProcessVariable.of("text", String.class);

  /**
   * Optional: the language the caller expects the message in (a helpdesk locale, "de" or "pt-BR"), used where the
   * scorer cannot detect one (a short or unsure text).
   */
  public static final ProcessVariable<String> LANGUAGE_HINT = ProcessVariable.of("languageHint", String.class);

  private TemplateVariables() {
  }
}
