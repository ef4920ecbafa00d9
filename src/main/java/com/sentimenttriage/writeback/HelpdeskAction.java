package com.sentimenttriage.writeback;
public record HelpdeskAction(String kind, String value) {} // kind: "priority" | "group" | "tag"
