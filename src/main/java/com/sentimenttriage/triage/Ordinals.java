package com.sentimenttriage.triage;

/** "1st", "2nd", "11th", "21st": the one place the reasons shown to supervisors and CS owners count from. */
public final class Ordinals {

  private Ordinals() {
  }

  public static String of(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
