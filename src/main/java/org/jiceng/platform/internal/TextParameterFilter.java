package org.jiceng.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Map;
import org.jiceng.Text;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same limits as {@link TextDeserializer}, for what does not come as JSON: every query and form
 * parameter (names and values) and every uploaded file's name. A refusal is 400, answered by
 * {@link ErrorAnswers} as problem+json for the API and a Chinese page for people. Runs just after the
 * character encoding is set, so parameters are decoded as UTF-8, and before anything reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TextParameterFilter extends OncePerRequestFilter {

    static final int MAX_NAME = 200;
    static final int MAX_FILE_NAME = 255;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problemOf(request);
        if (problem != null) {
            request.setAttribute(ErrorAnswers.DETAIL, problem);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problemOf(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            return null; // a body Tomcat cannot parse is refused later, with its own reason
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String problem = Text.problem("参数名", name, MAX_NAME);
            if (problem != null) {
                return problem;
            }
            for (String value : parameter.getValue()) {
                problem = Text.problem(name, value, Text.DEFAULT_MAX);
                if (problem != null) {
                    return problem;
                }
            }
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    String problem = part.getSubmittedFileName() == null ? null
                            : Text.problem(part.getName() + " 的文件名", part.getSubmittedFileName(), MAX_FILE_NAME);
                    if (problem != null) {
                        return problem;
                    }
                }
            } catch (IOException | ServletException | RuntimeException unreadable) {
                return null; // too large or malformed: MultipartResolver refuses it with its own reason
            }
        }
        return null;
    }
}
