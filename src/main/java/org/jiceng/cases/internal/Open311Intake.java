package org.jiceng.cases.internal;

import java.net.URI;
import java.util.UUID;
import org.jiceng.BadInputException;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST requests} of Open311 GeoReport v2: a client with an API key files a case (channel OPEN311) in its
 * territory. Each POST gets a fresh random token as the case's external id, so a POST sent twice files twice, as
 * the spec has it, unless it carries the same {@code Idempotency-Key}. The case is private: Open311 clients are
 * systems run by staff, and what staff bring in is published only when staff of the territory choose to. Of the reporter only a display name is kept; e-mail, phone, device and account ids are dropped.
 */
@Service
public class Open311Intake {

    private final Open311Clients clients;
    private final CategoryService categories;
    private final CasesApi cases;
    private final Open311Repository requests;
    private final TerritoryApi territory;
    private final FilingKeys keys;

    Open311Intake(Open311Clients clients, CategoryService categories, CasesApi cases, Open311Repository requests,
                  TerritoryApi territory, FilingKeys keys) {
        this.keys = keys;
        this.clients = clients;
        this.categories = categories;
        this.cases = cases;
        this.requests = requests;
        this.territory = territory;
    }

    /** The form fields of a POST that we read; the others (email, phone, device_id, account_id) are ignored. */
    public record Form(String apiKey, String serviceCode, String lat, String lon, String addressString, String addressId,
                       String description, String mediaUrl, String firstName, String lastName) {
    }

    /** The answer: the case id, the token standing for it, and what the reporter may expect. */
    public record Filed(long id, String token, String serviceNotice) {
    }

    /** No API key at all: answered 401. */
    public static final class KeyMissing extends RuntimeException {
        KeyMissing() {
            super("缺少 api_key：提交诉求须提供 API 密钥，请向县级管理员申请");
        }
    }

    /**
     * Files the POST as a private case (staff publish it if it should be). With an {@code Idempotency-Key}, a retry
     * by the same client with the same key and form answers the request filed the first time.
     */
    @Transactional
    public Filed file(Form form, String idempotencyKey) {
        if (blank(form.apiKey())) {
            throw new KeyMissing();
        }
        Open311Clients.Client client = clients.byKey(form.apiKey())
                .orElseThrow(() -> new ForbiddenException("api_key 无效或已停用，不能提交诉求"));
        if (idempotencyKey == null) {
            return file(client, form);
        }
        Form withoutKey = new Form(null, form.serviceCode(), form.lat(), form.lon(), form.addressString(), form.addressId(),
                form.description(), form.mediaUrl(), form.firstName(), form.lastName());
        return keys.fileOnce("open311:" + client.id(), idempotencyKey, withoutKey.toString(), () -> file(client, form),
                Filed::id, this::earlier).value();
    }

    private Filed earlier(long id) {
        Open311Repository.Token token = requests.tokenOfCase(id).orElseThrow();
        return new Filed(id, token.token(), categories.find(token.categoryCode()).map(Open311Reader::notice).orElse(null));
    }

    private Filed file(Open311Clients.Client client, Form form) {
        if (blank(form.serviceCode())) {
            throw new BadInputException("缺少 service_code：请从 services 列表中选择服务类型");
        }
        CategoryView category = categories.find(form.serviceCode().strip()).filter(c -> c.leaf() && c.active())
                .orElseThrow(() -> new BadInputException("service_code “" + form.serviceCode().strip() + "” 不是可用的服务类型"));
        Double lat = coordinate(form.lat(), "lat", 90);
        Double lon = coordinate(form.lon(), "long", 180);
        String place = place(lat, lon, form.addressString(), form.addressId());
        if (!place.startsWith(client.territoryPrefix())) {
            throw new ForbiddenException("该 API 密钥只能提交" + nameOf(client.territoryPrefix()) + "范围内的诉求，所报位置属于"
                    + nameOf(place.substring(0, 9)) + "（" + place + "）");
        }
        String mediaUrl = mediaUrl(form.mediaUrl());
        String description = blank(form.description()) ? category.name() + "（Open311 来件，未附文字描述）" : form.description();
        String token = UUID.randomUUID().toString();
        var filing = cases.fileExternal(new ExternalIntake(CaseChannel.OPEN311, token, category.code(), description,
                lat, lon, trimmed(form.addressString(), 500), lat == null ? place : null,
                displayName(form.firstName(), form.lastName()), null));
        requests.insertRequest(filing.view().id(), client.id(), mediaUrl);
        return new Filed(filing.view().id(), token, Open311Reader.notice(category));
    }

    /** The grid of the point, or the village or grid named by {@code address_id}; an address alone cannot be placed. */
    private String place(Double lat, Double lon, String addressString, String addressId) {
        if (lat != null && lon != null) {
            return territory.gridCodeAt(lat, lon)
                    .orElseThrow(() -> new BadInputException("lat/long 所指位置不在本系统管理的任何网格内"));
        }
        if (lat != null || lon != null) {
            throw new BadInputException("lat 和 long 须同时提供（WGS-84，单位为度）");
        }
        if (!blank(addressId)) {
            String code = addressId.strip();
            boolean known = code.matches("[0-9]{12}") ? territory.division(code).isPresent()
                    : code.matches("[0-9]{15}") && territory.grid(code, Scope.everything()).isPresent();
            if (!known) {
                throw new BadInputException("address_id “" + code + "” 须为本系统中的村(社区) 12 位代码或网格 15 位代码");
            }
            return code;
        }
        if (!blank(addressString)) {
            throw new BadInputException("仅凭 address_string 无法确定位置：请同时提供 lat/long，或 address_id（村(社区)或网格代码）");
        }
        throw new BadInputException("缺少位置：须提供 lat 和 long，或 address_id");
    }

    private String nameOf(String code) {
        if (code.length() == 15) {
            return territory.grid(code, Scope.everything()).map(GridView::name).orElse(code);
        }
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    private static Double coordinate(String value, String field, int limit) {
        if (blank(value)) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isFinite(parsed) && Math.abs(parsed) <= limit) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInputException(field + " 须为 -" + limit + " 到 " + limit + " 之间的十进制度数");
    }

    private static String mediaUrl(String value) {
        if (blank(value)) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = URI.create(url);
            if (url.length() <= 1000 && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new BadInputException("media_url 须为 http 或 https 网址（不超过 1000 个字符）");
    }

    /** 姓 + 名 without a space for Chinese names, "first last" otherwise; at most 50 characters. */
    static String displayName(String first, String last) {
        String f = blank(first) ? "" : first.strip();
        String l = blank(last) ? "" : last.strip();
        boolean chinese = (f + l).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String name = chinese ? l + f : (f + " " + l).strip();
        return name.isEmpty() ? null : name.substring(0, Math.min(50, name.length()));
    }

    private static String trimmed(String value, int max) {
        return blank(value) ? null : value.strip().substring(0, Math.min(max, value.strip().length()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
