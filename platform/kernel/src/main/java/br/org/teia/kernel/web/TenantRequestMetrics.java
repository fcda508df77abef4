package br.org.teia.kernel.web;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every request made inside a municipality's scope as {@code teia.tenant.requests}, tagged
 * with the municipality's IBGE code and the outcome, so an operator sees which towns load a node
 * and how fast they are served. Only the tenant and the outcome are tags (no path): 5,570
 * municipalities times three outcomes stays a bounded set of series; Spring's
 * {@code http.server.requests} has the per-route view without the tenant.
 */
public class TenantRequestMetrics extends OncePerRequestFilter {

  public static final String METER = "teia.tenant.requests";

  private final MeterRegistry registry;

  TenantRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<TenantId> tenant = TenantScope.current();
    if (tenant.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Timer.Sample sample = Timer.start(registry);
    String outcome = Outcome.SERVER_ERROR.name();
    try {
      chain.doFilter(request, response);
      outcome = Outcome.forStatus(response.getStatus()).name();
    } finally {
      sample.stop(Timer.builder(METER)
          .description("Requests served inside a municipality's scope")
          .tag("tenant", tenant.get().ibgeCode())
          .tag("outcome", outcome)
          .register(registry));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Inside the tenant scope the TenantScopeFilter (order -90) opens. */
    static final int ORDER = -89;

    @Bean
    FilterRegistrationBean<TenantRequestMetrics> tenantRequestMetrics(ObjectProvider<MeterRegistry> registry) {
      MeterRegistry meters = registry.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
      var registration = new FilterRegistrationBean<>(new TenantRequestMetrics(meters));
      registration.setOrder(ORDER);
      registration.addUrlPatterns("/*");
      return registration;
    }
  }
}
