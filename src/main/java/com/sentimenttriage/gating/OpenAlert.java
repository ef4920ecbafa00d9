package com.sentimenttriage.gating;

/** An alert inside its cooldown window, under one of the cooldown keys a new ticket asked for. */
public record OpenAlert(String cooldownKey, String processInstanceId, String businessKey) {
}
