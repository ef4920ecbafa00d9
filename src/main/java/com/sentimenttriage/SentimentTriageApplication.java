package com.sentimenttriage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SentimentTriageApplication {
  public static void main(String[] args) {
    if (args.length > 0 && "backfill".equals(args[0])) {
      System.exit(com.sentimenttriage.intake.backfill.BackfillCommand.run(
          java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    SpringApplication.run(SentimentTriageApplication.class, args);
  }
}
