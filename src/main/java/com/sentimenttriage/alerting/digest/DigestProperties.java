package com.sentimenttriage.alerting.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When digests go out ({@code triage.digests.*}). Cron expressions have six fields (seconds first) and use the
 * server's time zone.
 *
 * @param weeklyCron   the weekly digest of DIGEST-level tickets; default Monday 08:00
 * @param dailyEnabled whether the daily digest of moderate negatives is sent
 * @param dailyCron    the daily digest; default weekdays 08:00
 */
@ConfigurationProperties("triage.digests")
public record DigestProperties(
    @DefaultValue("0 0 8 ? * MON") String weeklyCron,
    @DefaultValue("false") boolean dailyEnabled,
    @DefaultValue("0 0 8 ? * MON-FRI") String dailyCron) {
}
