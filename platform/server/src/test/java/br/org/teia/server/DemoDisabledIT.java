package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoSeeder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/** With {@code teia.demo.enabled=false} no demo bean exists, so nothing of the demo can run. */
@SpringBootTest(classes = TeiaApplication.class, properties = "teia.demo.enabled=false")
class DemoDisabledIT {

  @Autowired ApplicationContext context;

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
