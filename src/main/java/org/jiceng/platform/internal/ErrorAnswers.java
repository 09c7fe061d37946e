package org.jiceng.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /error}, where the servlet container sends every error that no handler answered: a
 * {@code sendError} from a filter, a 404 of an unknown path, an exception that escaped, the connector's
 * own refusals. The API gets problem+json, people a Chinese page; never Tomcat's HTML or a Whitelabel page.
 * Mapped by its bean name (a plain {@link Controller}, not a handler method), so it is framework plumbing
 * that needs no row of the permission policy.
 */
@Component("/error")
class ErrorAnswers implements ErrorController, Controller {

    /** A request attribute: the Chinese detail for the error about to be sent. */
    static final String DETAIL = ErrorAnswers.class.getName() + ".detail";

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    private final JsonMapper json;

    ErrorAnswers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
            log.error("未预期的错误：{} {}", request.getMethod(), path, error);
        }
        String detail = request.getAttribute(DETAIL) instanceof String d ? d : defaultDetail(status);
        response.setStatus(status);
        if (isApi(path)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(problemJson(json, status, detail, path));
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", ProblemHandler.titleOf(HttpStatusCode.valueOf(status)));
        page.addObject("detail", detail);
        return page;
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/open311/"));
    }

    static byte[] problemJson(JsonMapper json, int status, String detail, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemHandler.titleOf(HttpStatusCode.valueOf(status)));
        problem.put("status", status);
        problem.put("detail", detail);
        if (path != null && path.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            problem.put("instance", path);
        }
        return json.writeValueAsBytes(problem);
    }

    /** What a person is told when nothing more precise is known. */
    static String defaultDetail(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return switch (status) {
            case 400 -> "请求有误：地址或内容的格式不正确";
            case 401 -> "请先登录";
            case 403 -> "您没有执行此操作的权限";
            case 404 -> "找不到该地址";
            case 405 -> "该地址不支持这种请求方法";
            case 408 -> "请求超时，请重试";
            case 413 -> "请求内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 431 -> "请求头过大";
            case 503 -> "系统繁忙，请稍后重试";
            default -> known != null && known.is4xxClientError() ? "请求有误"
                    : "服务器内部错误，请稍后重试；如持续出现请联系管理员";
        };
    }
}
