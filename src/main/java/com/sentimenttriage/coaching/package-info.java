/**
 * Agent coaching (issue 17): how the customer's mood moved around each agent's replies. Engine-free: the figures are
 * computed from the thread_turn table that intake fills, with no process engine involved. A coaching aid for
 * supervisors, not a ranking: agents below a minimum sample are not shown, and every share comes with its interval.
 */
package com.sentimenttriage.coaching;
