package br.org.teia.kernel.api;

/** Where the REST API lives; modules put their endpoints under {@link #V1}. */
public final class ApiPaths {

  public static final String ROOT = "/api";
  public static final String V1 = ROOT + "/v1";

  private ApiPaths() {}
}
