package br.org.teia.testsupport;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the HTTP sessions the server creates ({@code @Import(SessionCounter.class)} in a test that
 * starts a web server): public pages must create none.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCounter implements HttpSessionListener {

  private final AtomicInteger created = new AtomicInteger();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    created.incrementAndGet();
  }

  /** Sessions created since the server started. */
  public int created() {
    return created.get();
  }
}
