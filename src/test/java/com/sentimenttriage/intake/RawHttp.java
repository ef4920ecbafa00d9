package com.sentimenttriage.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte over a socket. The JDK's HttpClient normalises some paths (dot
 * segments, for one), so a test of how the server treats a path's spelling must send the request line itself.
 */
final class RawHttp {

  /** The status code and the body of the answer; 0 when the server closed the connection without one. */
  record Answer(int status, String body) {
  }

  static Answer post(int port, String target, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (SocketException refusedEarly) {
        // The server may answer and close before it has read a large body; its answer is still readable.
      }
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // A reset after the answer was sent (the server closed with unread body bytes) ends the answer.
    }
    return bytes.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    if (!text.startsWith("HTTP/1.1 ")) {
      return new Answer(0, text);
    }
    int status = Integer.parseInt(text.substring(9, 12));
    int bodyStart = text.indexOf("\r\n\r\n");
    return new Answer(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
  }

  private RawHttp() {
  }
}
