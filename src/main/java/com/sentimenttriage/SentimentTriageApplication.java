package com.sentimenttriage;

import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SentimentTriageApplication {
  public static void main(String[] args) {
    // Command-line tools and their help run without the web server or the process engine, so they start fast.
    OptionalInt exitCode = Commands.run(args, System.in, System.out, System.err);
    if (exitCode.isPresent()) {
      System.exit(exitCode.getAsInt());
    }
    SpringApplication.run(SentimentTriageApplication.class, args);
  }
}
