package br.org.teia.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.DemoServerTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the servlet container answers by itself, read as a browser gets it (raw HTTP, since a proper client
 * refuses to send such requests): Portuguese pages, no Tomcat report, no server version.
 */
@DemoServerTest
class ErrorPagesIT {

  @LocalServerPort int port;

  @Test
  void an_address_the_container_cannot_read_gets_a_portuguese_page() throws Exception {
    String answer = send("GET /pagina%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Language: pt-BR")
        .contains("<html lang=\"pt-BR\">", "<h1 id=\"error-title\">Pedido inválido</h1>",
            "O endereço ou os dados enviados não puderam ser lidos.", "Ir para a página inicial")
        .doesNotContain("Tomcat", "HTTP Status", "Bad Request");
  }

  @Test
  void a_form_too_large_gets_a_portuguese_page() throws Exception {
    String body = "username=" + "a".repeat(3_000_000);
    String answer = send("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("<h1 id=\"error-title\">Envio grande demais</h1>")
        .doesNotContain("Tomcat", "HTTP Status", "Payload Too Large");
  }

  @Test
  void a_form_without_its_csrf_token_gets_a_page_saying_to_open_it_again() throws Exception {
    String body = "username=alguem%40teste.teia&password=x";
    String answer = send("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);

    assertThat(answer).startsWith("HTTP/1.1 403").contains("<h1 id=\"error-title\">Envio não confirmado</h1>",
        "Abra a página de novo e tente outra vez.");
  }

  @Test
  void the_api_keeps_answering_problem_details_in_portuguese() throws Exception {
    String answer = send("GET /api/v1/nada HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 401").contains("application/problem+json").contains("Não autenticado");
  }

  private String send(String request) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
