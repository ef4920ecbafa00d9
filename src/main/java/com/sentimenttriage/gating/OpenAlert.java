package com.sentimenttriage.gating;

/**
 * An alert inside its cooldown window, under one of the cooldown keys a new ticket asked for.
 *
 * @param reviewTaskOpened whether the alert's instance has opened a review or audit task (which may since have
 *                         ended): only then can an attached ticket have a form to be noted in
 */
public record OpenAlert(String cooldownKey, String processInstanceId, String businessKey, boolean reviewTaskOpened) {
}
