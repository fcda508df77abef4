package br.org.teia.kernel.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (public): only {@code /api/**} paths (see
 * {@code springdoc.paths-to-match} in the kernel defaults), every operation behind a bearer JWT.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BEARER = "bearer-jwt";
  static final String PROBLEM = "Problem";

  @Bean
  OpenAPI teiaOpenApi(@Value("${teia.api.version:v1}") String version) {
    return new OpenAPI()
        .info(new Info()
            .title("Teia API")
            .version(version)
            .description("""
                API REST do Teia. Cada chamada leva um token de acesso (JWT) do provedor de identidade \
                configurado; o claim teia_tenant escolhe o município (código IBGE) entre os da conta. \
                Erros seguem a RFC 9457 (application/problem+json), em português."""))
        .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description("Token de acesso OAuth 2.0 emitido pelo provedor de identidade configurado")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /** Every operation may be refused: 401 and 403 as problem details, documented once for all. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
          .description("RFC 9457; detail in the client's language (Portuguese by default)")
          .addProperty("type", new StringSchema())
          .addProperty("title", new StringSchema())
          .addProperty("status", new IntegerSchema())
          .addProperty("detail", new StringSchema())
          .addProperty("instance", new StringSchema())
          .addProperty("code", new StringSchema().description("message key, stable for programs")));
      Content problem = new Content().addMediaType("application/problem+json",
          new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation.getResponses()
          .addApiResponse("401", new ApiResponse().content(problem)
              .description("Sem token, ou token recusado (motivo em WWW-Authenticate e no corpo)"))
          .addApiResponse("403", new ApiResponse().content(problem)
              .description("A conta não tem o papel exigido, ou X-Teia-Tenant indica outro município"))));
    };
  }
}
