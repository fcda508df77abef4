package br.org.teia.council;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The kernel plus this module, on a real PostgreSQL, for the module's own integration tests. */
@SpringBootApplication(scanBasePackages = {"br.org.teia.kernel", "br.org.teia.council"})
public class CouncilTestApplication {}
