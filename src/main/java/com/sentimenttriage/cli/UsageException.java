package com.sentimenttriage.cli;

/** The command line is wrong: the message names the problem, the command answers with its usage (exit code 2). */
public final class UsageException extends IllegalArgumentException {

  public UsageException(String problem) {
    super(problem);
  }
}
