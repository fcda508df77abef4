package br.org.teia.kernel.security.throttle;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which keys a password attempt counts against, so that neither guessing nor locking out is cheap:
 * <ul>
 *   <li>the pair user name + address locks first ({@code max-failures}): a mistyping user, or an
 *       outsider guessing one account from one address, is stopped there, and the real user
 *       elsewhere is not;
 *   <li>the address alone ({@code address-max-failures}): one address trying many user names
 *       (password spraying) is stopped whatever names it tries;
 *   <li>the user name alone ({@code user-max-failures}): guesses at one account from many addresses;
 *       since each address stops counting when its pair locks, it takes several addresses to lock a
 *       real user out.
 * </ul>
 * A success forgets only its pair: an attacker's own good login must not reset what its address or a
 * targeted user name has counted. The address is the client's as the servlet container sees it;
 * behind a reverse proxy it comes from trusted forwarded headers only ({@code
 * server.forward-headers-strategy=native}, README).
 */
public final class LoginGuard {

  private final LoginThrottle throttle;
  private final LoginThrottlePolicy policy;

  public LoginGuard(LoginThrottle throttle, LoginThrottlePolicy policy) {
    this.throttle = throttle;
    this.policy = policy;
  }

  public boolean isBlocked(String username, String address) {
    Attempt attempt = new Attempt(username, address);
    return Stream.of(attempt.pair(), attempt.address(), attempt.user()).anyMatch(throttle::isBlocked);
  }

  public void failed(String username, String address) {
    Attempt attempt = new Attempt(username, address);
    throttle.recordFailure(attempt.pair(), policy.maxFailures());
    throttle.recordFailure(attempt.address(), policy.addressMaxFailures());
    throttle.recordFailure(attempt.user(), policy.userMaxFailures());
  }

  public void succeeded(String username, String address) {
    throttle.recordSuccess(new Attempt(username, address).pair());
  }

  private record Attempt(String username, String rawAddress) {
    Attempt {
      username = username.toLowerCase(Locale.ROOT);
      rawAddress = rawAddress == null || rawAddress.isBlank() ? "unknown" : rawAddress;
    }

    String pair() {
      return "pair:" + rawAddress + ":" + username;
    }

    String address() {
      return "ip:" + rawAddress;
    }

    String user() {
      return "user:" + username;
    }
  }
}
