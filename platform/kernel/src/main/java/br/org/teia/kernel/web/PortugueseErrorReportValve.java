package br.org.teia.kernel.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What the servlet container answers by itself (a request line it cannot read, a form too large, an error
 * no part of Teia handled): {@link PlainErrorPage} in Portuguese instead of Tomcat's English report.
 */
public class PortugueseErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
    try {
      PlainErrorPage.write(response, status, PlainErrorPage.Texts.of(status), api);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the response cannot take a body: nothing more to say
    }
  }
}
