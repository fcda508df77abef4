package br.org.teia.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import br.org.teia.kernel.security.throttle.LoginGuard;
import br.org.teia.kernel.tenancy.TenantCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class LocalAccountAuthenticationProviderTest {

  /** BCrypt, counting what it is asked to do. */
  static final class CountingEncoder implements PasswordEncoder {
    final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    int encodes;
    int matches;

    @Override
    public String encode(CharSequence raw) {
      encodes++;
      return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      matches++;
      return bcrypt.matches(raw, encoded);
    }
  }

  @Test
  void the_provider_hashes_nothing_at_start_and_an_unknown_user_still_costs_a_hash_check() {
    CountingEncoder encoder = new CountingEncoder();
    AccountRepository accounts = mock(AccountRepository.class);
    when(accounts.findByUsername(any())).thenReturn(Optional.empty());
    var provider = new LocalAccountAuthenticationProvider(accounts, encoder, mock(LoginGuard.class), mock(TenantCatalog.class));
    assertEquals(0, encoder.encodes, "no BCrypt hash while the application starts");

    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThrows(BadCredentialsException.class,
          () -> provider.authenticate(new UsernamePasswordAuthenticationToken("nobody@example.org", "guess")));
      assertEquals(attempt, encoder.matches, "each unknown username is checked against a real hash");
    }
    assertEquals(1, encoder.encodes, "the stand-in hash is made once, on the first sign-in");
  }
}
