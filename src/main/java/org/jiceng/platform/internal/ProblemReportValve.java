package org.jiceng.platform.internal;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error nobody else answered (a URL with illegal characters, a body over the
 * connector's limit, an error while the error page itself failed): problem+json for the API and a short
 * Chinese page for people, instead of Tomcat's English HTML report.
 */
class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = ErrorAnswers.isApi(uri);
        String detail = ErrorAnswers.defaultDetail(status);
        String title = ProblemHandler.titleOf(org.springframework.http.HttpStatusCode.valueOf(status));
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            // detail and title are fixed Chinese texts of ours: nothing of the request is echoed
            writer.write(api
                    ? "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}"
                    : "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                    + "<body><h1>" + title + "</h1><p role=\"alert\">" + detail + "</p><p><a href=\"/\">返回首页</a></p></body></html>");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response committed: nothing more can be said
        }
    }
}
