package br.org.teia.kernel.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** A minimal application around the kernel, with one tenant entity ({@link Note}) to test with. */
@SpringBootApplication(scanBasePackages = "br.org.teia.kernel")
@EntityScan(basePackageClasses = Note.class)
public class KernelTestApplication {}
