package com.sentimenttriage.scoring.engine;

/** Business risk of a topic, ordered from lowest to highest so that {@code compareTo} ranks risks. */
public enum RiskLevel {
  LOW("Low"),
  LOW_MEDIUM("Low-Medium"),
  MEDIUM("Medium"),
  MEDIUM_HIGH("Medium-High"),
  HIGH("High"),
  CRITICAL("Critical");

  private final String displayName;

  RiskLevel(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Parses either the constant name ({@code MEDIUM_HIGH}) or the display name ({@code Medium-High}). */
  public static RiskLevel parse(String text) {
    String trimmed = text.trim();
    for (RiskLevel level : values()) {
      if (level.name().equalsIgnoreCase(trimmed) || level.displayName.equalsIgnoreCase(trimmed)) {
        return level;
      }
    }
    throw new IllegalArgumentException("Unknown risk level: " + text);
  }
}
