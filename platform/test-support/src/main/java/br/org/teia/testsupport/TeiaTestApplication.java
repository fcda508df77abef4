package br.org.teia.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application every module's tests start: the kernel plus whatever modules are on the test
 * classpath (a module's own tests see the kernel and that module; the server's see them all), on a
 * real PostgreSQL ({@link TestDatabaseInitializer}). Other application classes found by the scan
 * (the server's main class) are left out, as test configurations are. Demo data is off unless a
 * test turns it on ({@code teia.demo.enabled=true}); tests make their own fixtures.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "br.org.teia") // entities and repositories of every module, as for the application
@ComponentScan(basePackages = "br.org.teia", excludeFilters = {
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
public class TeiaTestApplication {}
