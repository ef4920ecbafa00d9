package com.sentimenttriage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SentimentTriageApplication {
  public static void main(String[] args) {
    SpringApplication.run(SentimentTriageApplication.class, args);
  }
}
