package com.sentimenttriage;

import com.sentimenttriage.gating.calibration.CalibrateCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SentimentTriageApplication {
  public static void main(String[] args) {
    // Command-line tools run without Spring or the process engine, so they start fast.
    String command = args.length > 0 ? args[0] : "";
    switch (command) {
      case "calibrate" -> System.exit(CalibrateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
      default -> SpringApplication.run(SentimentTriageApplication.class, args);
    }
  }
}
