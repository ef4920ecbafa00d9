package com.sentimenttriage.writeback;
public interface HelpdeskWriter {
  String source();            // "zendesk", "freshdesk", "intercom" as intake/connector *Connector.SOURCE
  boolean configured();       // credentials present; nothing is written otherwise
  void write(WriteBack writeBack) throws WriteBackException;
}
