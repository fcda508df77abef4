package br.org.teia.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The kernel plus the console, on a real PostgreSQL, for the console's own integration tests. */
@SpringBootApplication(scanBasePackages = {"br.org.teia.kernel", "br.org.teia.console"})
public class ConsoleTestApplication {}
