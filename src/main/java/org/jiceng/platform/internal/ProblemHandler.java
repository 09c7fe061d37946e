package org.jiceng.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.jiceng.BadInputException;
import org.jiceng.BusyException;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API becomes RFC 9457 problem+json with a Chinese {@code detail} a person can act
 * on; pages get the same message on an error page. Nothing here ever answers 500 for bad input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final org.springframework.context.ApplicationEventPublisher events;

    ProblemHandler(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadInputException.class)
    Object badInput(BadInputException e, HttpServletRequest request) {
        Object answer = answer(request, HttpStatus.BAD_REQUEST, e.getMessage());
        if (e.field() != null && answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("field", e.field());
        }
        return answer;
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        events.publishEvent(new org.jiceng.AccessRefused(request.getMethod(), request.getRequestURI(), e.getMessage()));
        return answer(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(org.jiceng.ConflictException.class)
    Object conflictingState(org.jiceng.ConflictException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(BusyException.class)
    Object busy(BusyException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        events.publishEvent(new org.jiceng.AccessRefused(request.getMethod(), request.getRequestURI(), "权限不足"));
        return answer(request, HttpStatus.FORBIDDEN, "您没有执行此操作的权限");
    }

    /**
     * The database's own checks (lengths, ranges) are the last line: a value that slipped past a module's
     * check is still the person's mistake, not a server error. The constraint's name says which field.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    Object refusedByDatabase(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request) {
        String state = e.getMostSpecificCause() instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        if ("23514".equals(state) || "22001".equals(state) || "22003".equals(state) || "22007".equals(state)
                || "22008".equals(state) || "22021".equals(state) || "22P05".equals(state)) {
            log.warn("数据库拒绝了一项输入（{}）：{} {}", state, request.getMethod(), request.getRequestURI());
            return answer(request, HttpStatus.BAD_REQUEST, "输入的内容超出允许的长度或范围，请检查后重试");
        }
        return unexpected(e, request);
    }

    /** A multipart body Tomcat cannot parse (cut off, a broken boundary): the sender's mistake. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object unreadableUpload(org.springframework.web.multipart.MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "上传的内容不完整或格式不正确，请重新选择文件上传");
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    Object conflict(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "该记录已被他人修改，请刷新后重试");
    }

    /** Chinese details for Spring MVC's own exceptions (missing or malformed parameters and bodies). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String detail = detailOf(ex, status);
        if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest()) && servlet.getResponse() != null
                && !servlet.getResponse().isCommitted()) {
            // a person gets the Chinese error page (ErrorAnswers), not a JSON document in the browser
            servlet.getRequest().setAttribute(ErrorAnswers.DETAIL, detail);
            headers.forEach((name, values) -> values.forEach(v -> servlet.getResponse().addHeader(name, v)));
            try {
                servlet.getResponse().sendError(status.value());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        problem.setDetail(detail);
        problem.setTitle(titleOf(status));
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String detailOf(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case MissingServletRequestParameterException e -> "缺少参数 " + e.getParameterName();
            case MethodArgumentTypeMismatchException e -> "参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不正确";
            case HttpMessageNotReadableException e -> RefusedInput.in(e) != null ? RefusedInput.in(e).detail()
                    : "请求内容不是有效的 JSON，或字段类型不正确";
            case MethodArgumentNotValidException e -> e.getBindingResult().getFieldErrors().stream()
                    .map(f -> f.getField() + "：" + f.getDefaultMessage()).reduce((a, b) -> a + "；" + b)
                    .orElse("请求内容不符合要求");
            case HandlerMethodValidationException e -> "请求参数不符合要求";
            case HttpRequestMethodNotSupportedException e -> "该地址不支持 " + e.getMethod() + " 请求";
            case HttpMediaTypeNotSupportedException e -> "不支持的内容类型，请使用 application/json";
            case NoResourceFoundException e -> "找不到该地址";
            case MaxUploadSizeExceededException e -> "上传的文件太大，超过了允许的上限（20 MB）";
            case MissingServletRequestPartException e -> "缺少上传的文件字段 " + e.getRequestPartName();
            default -> status.is4xxClientError() ? "请求有误" : "服务器内部错误，请稍后重试";
        };
    }

    static String titleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "方法不允许";
            case 409 -> "状态冲突";
            case 413 -> "内容过大";
            case 415 -> "内容类型不支持";
            case 503 -> "系统繁忙";
            default -> status.is4xxClientError() ? "请求有误" : "服务器错误";
        };
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String detail) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(titleOf(status));
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", titleOf(status));
        page.addObject("detail", detail);
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/open311/");
    }

    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("未预期的错误：{} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试；如持续出现请联系管理员");
    }
}
