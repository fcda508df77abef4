package br.org.teia.kernel.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The short Portuguese page (or, under {@code /api/}, problem detail) for answers given outside Vaadin
 * and the API's own handlers: by the servlet container ({@link PortugueseErrorReportValve}) or by the
 * security filters (an address that is no page, a form without its CSRF token). Constant texts only:
 * nothing of the request is echoed.
 */
public final class PlainErrorPage {

  private PlainErrorPage() {}

  /** The texts people read; plain sentences without quotes (written into JSON as they are). */
  public record Texts(String title, String text) {

    public static Texts of(int status) {
      return switch (status) {
        case 400 -> new Texts("Pedido inválido",
            "O endereço ou os dados enviados não puderam ser lidos. Confira o endereço e tente de novo.");
        case 404 -> new Texts("Página não encontrada",
            "O endereço não existe ou não está disponível para você. Confira o endereço ou volte à página inicial.");
        case 405 -> new Texts("Operação não permitida", "Este endereço não aceita esta operação.");
        case 408 -> new Texts("Tempo esgotado", "O pedido demorou demais para chegar. Tente de novo.");
        case 413 -> new Texts("Envio grande demais",
            "O que você enviou passa do tamanho aceito. Envie um arquivo ou texto menor.");
        case 414, 431 -> new Texts("Endereço grande demais",
            "O endereço ou os cabeçalhos do pedido passam do tamanho aceito.");
        default -> status >= 500
            ? new Texts("Erro inesperado",
                "Algo deu errado do nosso lado. Tente de novo em alguns minutos; se continuar, avise o suporte.")
            : new Texts("Não foi possível atender ao pedido",
                "Confira o endereço e os dados enviados e tente de novo.");
      };
    }

    /** A form sent without the token of the page it came from: an old tab, or another site. */
    public static Texts formExpired() {
      return new Texts("Envio não confirmado", "O formulário ficou aberto por muito tempo ou não veio do Teia. "
          + "Abra a página de novo e tente outra vez.");
    }
  }

  /** Writes the page (or the problem detail when {@code api}) with {@code status}. */
  public static void write(HttpServletResponse response, int status, Texts texts, boolean api) throws IOException {
    response.setStatus(status);
    response.setContentType(api ? "application/problem+json" : "text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", "pt-BR");
    response.getWriter().write(api ? json(status, texts) : html(status, texts));
    response.getWriter().flush();
  }

  static String html(int status, Texts texts) {
    String title = HtmlUtils.htmlEscape(texts.title(), "UTF-8");
    return """
        <!doctype html>
        <html lang="pt-BR"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Teia</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5394}</style>
        </head><body><main>
        <h1 id="error-title">%s</h1>
        <p id="error-text">%s</p>
        <p><a href="/">Ir para a página inicial</a></p>
        <p><small>Código do erro: %d</small></p>
        </main></body></html>
        """.formatted(title, title, HtmlUtils.htmlEscape(texts.text(), "UTF-8"), status);
  }

  static String json(int status, Texts texts) {
    return "{\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"http.%d\"}"
        .formatted(texts.title(), status, texts.text(), status);
  }
}
