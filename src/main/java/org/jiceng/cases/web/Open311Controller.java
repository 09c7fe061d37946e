package org.jiceng.cases.web;

import org.jiceng.Beijing;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessRefused;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.cases.internal.Open311Intake;
import org.jiceng.cases.internal.Open311Reader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}, in XML and JSON by the
 * path's extension. Reading is public; filing needs an {@code api_key}. Errors are the spec's list of
 * {@code code}/{@code description}, described in Chinese. See docs/open311.md.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String CHANGESET = "2026-11-23T00:00:00+08:00";

    private final Open311Reader reader;
    private final Open311Intake intake;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Open311Controller(Open311Reader reader, Open311Intake intake, JsonMapper json, ApplicationEventPublisher events,
                      Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.intake = intake;
        this.json = json;
        this.events = events;
    }

    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", "对接事宜请联系县级管理员（诉求闭环 Open311 接口）");
        discovery.put("key_service", "API 密钥由县级管理员签发：POST /api/v1/open311/clients");
        discovery.put("endpoints", List.of(endpoint));
        return format(format).object("discovery", discovery, json);
    }

    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        List<Map<String, Object>> services = reader.services().stream().map(s -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", s.code());
            service.put("service_name", s.name());
            service.put("description", s.description());
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", s.keywords());
            service.put("group", s.group());
            return service;
        }).toList();
        return format(format).list(HttpStatus.OK, "services", services, json);
    }

    /** Our services carry no extra attributes (metadata=false), so a definition lists none. */
    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
        Open311Format answer = format(format);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", reader.service(code).code());
        definition.put("attributes", List.of());
        return answer.object("service_definition", definition, json);
    }

    @Guard(resource = Resource.OPEN311, action = Action.CREATE)
    @PostMapping("/requests.{format}")
    ResponseEntity<String> create(@PathVariable String format,
                                  @RequestParam(name = "api_key", required = false) String apiKey,
                                  @RequestParam(name = "service_code", required = false) String serviceCode,
                                  @RequestParam(name = "lat", required = false) String lat,
                                  @RequestParam(name = "long", required = false) String lon,
                                  @RequestParam(name = "address_string", required = false) String addressString,
                                  @RequestParam(name = "address_id", required = false) String addressId,
                                  @RequestParam(name = "description", required = false) String description,
                                  @RequestParam(name = "media_url", required = false) String mediaUrl,
                                  @RequestParam(name = "first_name", required = false) String firstName,
                                  @RequestParam(name = "last_name", required = false) String lastName,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Open311Format answer = format(format);
        var filed = intake.file(new Open311Intake.Form(apiKey, serviceCode, lat, lon, addressString, addressId,
                description, mediaUrl, firstName, lastName), idempotencyKey);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", filed.id());
        request.put("token", filed.token());
        request.put("service_notice", filed.serviceNotice());
        request.put("account_id", null);
        return answer.list(HttpStatus.OK, "service_requests", List.of(request), json);
    }

    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String codes,
                                    @RequestParam(name = "start_date", required = false) String start,
                                    @RequestParam(name = "end_date", required = false) String end,
                                    @RequestParam(name = "status", required = false) String status) {
        Open311Format answer = format(format);
        var query = new Open311Reader.Query(ids(ids), list(codes), date(start, "start_date"), date(end, "end_date"),
                status(status));
        return answer.list(HttpStatus.OK, "service_requests",
                reader.requests(query, clock.instant()).stream().map(Open311Controller::request).toList(), json);
    }

    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        Open311Format answer = format(format);
        if (!id.matches("[0-9]{1,18}")) {
            throw new NotFoundException("诉求 " + id + " 不存在");
        }
        return answer.list(HttpStatus.OK, "service_requests", List.of(request(reader.request(Long.parseLong(id)))), json);
    }

    @Guard(resource = Resource.OPEN311, action = Action.READ)
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Open311Format answer = format(format);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", reader.requestOfToken(token));
        request.put("token", token);
        return answer.list(HttpStatus.OK, "service_requests", List.of(request), json);
    }

    private static Map<String, Object> request(Open311Reader.Request311 r) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", r.id());
        request.put("status", r.open() ? "open" : "closed");
        request.put("status_notes", r.statusNotes());
        request.put("service_name", r.serviceName());
        request.put("service_code", r.serviceCode());
        request.put("description", r.description());
        request.put("agency_responsible", r.agencyResponsible());
        request.put("service_notice", r.serviceNotice());
        request.put("requested_datetime", r.requested());
        request.put("updated_datetime", r.updated());
        request.put("expected_datetime", r.expected());
        request.put("address", r.address());
        request.put("address_id", r.addressId());
        request.put("zipcode", null);
        request.put("lat", r.lat());
        request.put("long", r.lon());
        request.put("media_url", r.mediaUrl());
        return request;
    }

    private static Open311Format format(String extension) {
        if (!Open311Format.known(extension)) {
            throw new NotFoundException("不支持的格式“" + extension + "”：请在地址末尾用 .xml 或 .json");
        }
        return Open311Format.of(extension);
    }

    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        for (String each : list(value)) {
            if (!each.matches("[0-9]{1,18}")) {
                throw new BadInputException("service_request_id 须为以逗号分隔的数字编号");
            }
            ids.add(Long.parseLong(each));
        }
        return ids;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** W3C date-time with an offset (2026-01-01T00:00:00Z, …+08:00), or a date (the start of that Beijing day). */
    private static Instant date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip();
            return org.jiceng.Ranges.checked(field, v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(Beijing.ZONE).toInstant() : OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field + " 须为 W3C 格式的时间，如 2026-01-01T00:00:00+08:00");
        }
    }

    private static Boolean status(String value) {
        List<String> wanted = list(value);
        if (wanted.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            throw new BadInputException("status 须为 open 或 closed（可用逗号同时给出）");
        }
        return wanted.contains("open") == wanted.contains("closed") ? null : wanted.contains("open");
    }

    // ---- errors: the spec's list of {code, description}, in the format the path asked ----

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<String> badInput(BadInputException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Open311Intake.KeyMissing.class)
    ResponseEntity<String> keyMissing(Open311Intake.KeyMissing e, HttpServletRequest request) {
        return error(request, HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e, HttpServletRequest request) {
        events.publishEvent(new AccessRefused(request.getMethod(), request.getRequestURI(), e.getMessage()));
        return error(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<String> conflict(ConflictException e, HttpServletRequest request) {
        return error(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return Open311Format.ofPath(request.getRequestURI()).list(status, "errors", List.of(error), json);
    }
}
