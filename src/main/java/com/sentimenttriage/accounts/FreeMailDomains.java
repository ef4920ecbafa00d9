package com.sentimenttriage.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Public mailbox providers, whose domain must never attach a ticket to an account. */
public final class FreeMailDomains {

  private static final String RESOURCE = "/accounts/free-mail-domains.txt";

  private final Set<String> domains;

  private FreeMailDomains(Set<String> domains) {
    this.domains = domains;
  }

  public static FreeMailDomains load() {
    try (InputStream in = FreeMailDomains.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new FreeMailDomains(reader.lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean contains(String domain) {
    return domains.contains(domain.toLowerCase(Locale.ROOT));
  }
}
