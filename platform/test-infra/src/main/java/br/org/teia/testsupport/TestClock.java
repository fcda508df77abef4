package br.org.teia.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: inject it wherever production code takes a {@link Clock}. */
public final class TestClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  public TestClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public static TestClock at(String isoInstant) {
    return new TestClock(Instant.parse(isoInstant));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other); // a snapshot: moves no more with this one
  }
}
