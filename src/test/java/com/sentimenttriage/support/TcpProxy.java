package com.sentimenttriage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between one application node and a server (PostgreSQL) that a test can cut and restore: a database
 * outage for that node alone, while the shared server and everyone else's connections stay untouched.
 *
 * <p>{@link #cut()} closes every live connection (the driver sees the socket die mid-query, as after a server crash
 * or failover) and stops listening, so new connections are refused at once. {@link #restore()} listens on the same
 * port again. Plain blocking sockets, two threads per connection: the pool of one node is small.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  private TcpProxy(InetSocketAddress target, int port) {
    this.target = target;
    this.port = port;
  }

  /** Starts relaying from a free local port to {@code host:port}. */
  public static TcpProxy to(String host, int port) throws IOException {
    ServerSocket probe = listen(0);
    TcpProxy proxy = new TcpProxy(new InetSocketAddress(host, port), probe.getLocalPort());
    proxy.accept(probe);
    return proxy;
  }

  public int port() {
    return port;
  }

  /** The server is gone for this node: live connections are closed and new ones refused. */
  public synchronized void cut() throws IOException {
    ServerSocket current = listener;
    listener = null;
    if (current != null) {
      current.close();
    }
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /** The server is back on the same address. */
  public synchronized void restore() throws IOException {
    if (listener == null) {
      accept(listen(port));
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    // The port was ours a moment ago; its closed connections may still be in TIME_WAIT.
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket server) {
    listener = server;
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          relay(server, server.accept());
        } catch (IOException closed) {
          // cut(): the listener was closed on purpose
        }
      }
    }, "tcp-proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void relay(ServerSocket acceptedBy, Socket client) {
    Socket server = new Socket();
    try {
      server.connect(target, 5_000);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    synchronized (this) {
      // A connection accepted just before cut() must not outlive it.
      if (listener != acceptedBy) {
        closeQuietly(client);
        closeQuietly(server);
        return;
      }
      sockets.add(client);
      sockets.add(server);
    }
    pipe(client, server);
    pipe(server, client);
  }

  /** Copies one direction until either side closes, then closes both, as a dead link would. */
  private void pipe(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int read; (read = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (SocketException closed) {
        // cut() or the other side went away
      } catch (IOException e) {
        // the same: a relay has nobody to report to but the sockets
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        sockets.remove(from);
        sockets.remove(to);
      }
    }, "tcp-proxy-pipe-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a socket that is already broken
    }
  }
}
