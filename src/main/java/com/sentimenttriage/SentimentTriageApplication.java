package com.sentimenttriage;

import com.sentimenttriage.gating.calibration.CalibrateCommand;
import com.sentimenttriage.intake.backfill.BackfillCommand;
import com.sentimenttriage.scoring.cli.ScoreCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SentimentTriageApplication {
  public static void main(String[] args) {
    // Command-line tools run without the web server or the process engine, so they start fast.
    String command = args.length > 0 ? args[0] : "";
    switch (command) {
      case "score" -> System.exit(ScoreCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
      case "calibrate" -> System.exit(CalibrateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
      case "backfill" -> System.exit(BackfillCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
      default -> SpringApplication.run(SentimentTriageApplication.class, args);
    }
  }
}
