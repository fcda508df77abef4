package br.org.teia.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests. {@link #get()} is one Redis per test JVM: the service named by
 * {@code TEIA_TEST_REDIS_URL} (e.g. {@code redis://127.0.0.1:6379}) when set, otherwise an embedded
 * server (codemonstur embedded-redis) on a free port. A shared Redis may be used by other test
 * runs at the same time: tests use unique keys and never flush it.
 *
 * <p>{@link #startPrivate()} always starts an embedded server of the test's own, which the test
 * may {@link #stop()} to show what happens when Redis goes down.
 */
public final class TestRedis {

  private static volatile TestRedis shared;

  private final String url;
  private final RedisServer server;

  private TestRedis(String url, RedisServer server) {
    this.url = url;
    this.server = server;
  }

  public static TestRedis get() {
    if (shared == null) {
      synchronized (TestRedis.class) {
        if (shared == null) {
          String external = System.getenv("TEIA_TEST_REDIS_URL");
          shared = external != null && !external.isBlank()
              ? new TestRedis(external.strip(), null)
              : startPrivate();
        }
      }
    }
    return shared;
  }

  /** An embedded Redis for one test alone, stopped at JVM exit if the test does not stop it. */
  public static TestRedis startPrivate() {
    return startPrivate(freePort());
  }

  /** The same on a given port: a Redis that comes up where the application was told to find it. */
  public static TestRedis startPrivate(int port) {
    try {
      RedisServer server = RedisServer.newRedisServer()
          .port(port)
          .bind("127.0.0.1")
          .setting("save \"\"") // no dump.rdb written into the working directory
          .setting("appendonly no")
          .build();
      server.start();
      TestRedis redis = new TestRedis("redis://127.0.0.1:" + port, server);
      Runtime.getRuntime().addShutdownHook(new Thread(redis::stopServer));
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded Redis", e);
    }
  }

  /** The {@code spring.data.redis.url} of this Redis. */
  public String url() {
    return url;
  }

  /** Stops a private embedded server; refused for the shared one, which other tests still use. */
  public void stop() {
    if (server == null || this == shared) {
      throw new IllegalStateException("only a Redis from startPrivate() may be stopped");
    }
    stopServer();
  }

  private void stopServer() {
    try {
      if (server.isActive()) {
        server.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL where nothing listens: what an application sees when Redis is down from the start. */
  public static String closedPortUrl() {
    return "redis://127.0.0.1:" + freePort();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
