package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoSeeder;
import br.org.teia.testsupport.OidcTestBase;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * With {@code teia.demo.enabled=false} no demo bean exists, so nothing of the demo can run. Checked in
 * the server's context without the demo ({@link OidcContext}: every module on the classpath, scanned
 * from {@code br.org.teia} as {@code TeiaApplication} does) rather than in a context of its own.
 */
@OidcContext
class DemoDisabledIT extends OidcTestBase {

  @Test
  void no_demo_bean_exists_when_the_demo_is_disabled() {
    assertThat(context.getBeanNamesForType(DemoSeeder.class)).isEmpty();
    assertThat(context.getBeanNamesForType(DemoContribution.class)).isEmpty();
    assertThat(Arrays.stream(context.getBeanDefinitionNames())
        .map(name -> context.getType(name))
        .filter(type -> type != null)
        .map(type -> ClassUtils.getUserClass(type).getPackageName())
        .filter(pkg -> pkg.endsWith(".demo")))
        .isEmpty();
  }
}
