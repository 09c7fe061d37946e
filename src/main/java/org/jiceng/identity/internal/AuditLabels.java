package org.jiceng.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log in Chinese: each event's name, and the English left in some details (the class of a failed login's
 * exception, the method and path of a refused request) in words a 纪检 reader uses. The log keeps its codes, so a
 * label may be reworded without touching a row.
 */
public final class AuditLabels {

    /** Every event the product writes, in the order the filter offers them. */
    public static final Map<String, String> EVENTS = events(
            "LOGIN", "登录", "LOGIN_FAILED", "登录失败", "LOGIN_THROTTLED", "登录被锁定", "LOGOUT", "退出登录",
            "ACCESS_DENIED", "拒绝访问", "PASSWORD_CHANGED", "修改密码", "PASSWORD_RESET", "重置密码",
            "ACCOUNT_CREATED", "创建账号", "ACCOUNT_RENAMED", "修改账号名称", "ROLES_CHANGED", "变更角色",
            "ACCOUNT_LINKED", "关联居民", "ACCOUNT_DISABLED", "停用账号", "ACCOUNT_ENABLED", "启用账号",
            "TOKEN_ISSUED", "签发访问令牌", "TOKEN_REVOKED", "撤销访问令牌", "TOKENS_REVOKED", "撤销全部访问令牌",
            "CASES_EXPORTED", "导出诉求台账", "户籍台账导出", "导出户籍台账");

    private static final Map<String, String> FAILURES = Map.of(
            "BadCredentialsException", "用户名或密码错误",
            "UsernameNotFoundException", "用户名或密码错误",
            "DisabledException", "账号已停用",
            "LockedException", "账号已锁定",
            "AccountExpiredException", "账号已过期",
            "CredentialsExpiredException", "密码已过期",
            "InternalAuthenticationServiceException", "登录服务出错");

    private static final Map<String, String> METHODS = Map.of("GET", "查看", "HEAD", "查看", "POST", "提交",
            "PUT", "修改", "PATCH", "修改", "DELETE", "删除");

    /** What a path is about, by its first segments (the API's and the pages' alike), most specific first. */
    private static final List<Map.Entry<String, String>> PLACES = List.of(
            Map.entry("cases/desk.xlsx", "诉求台账导出"), Map.entry("cases.xlsx", "诉求台账导出"),
            Map.entry("cases", "诉求"), Map.entry("supervision", "督办"), Map.entry("messages", "消息"),
            Map.entry("inbox", "消息"), Map.entry("stats", "统计分析"), Map.entry("households", "户籍"),
            Map.entry("people", "户籍"), Map.entry("residents", "居民信息"), Map.entry("disputes", "矛盾纠纷"),
            Map.entry("mediation", "矛盾纠纷"), Map.entry("topics", "议题"), Map.entry("meetings", "会议"),
            Map.entry("ballots", "表决"), Map.entry("estates", "小区"), Map.entry("notices", "公示"),
            Map.entry("party", "党组织与党员"), Map.entry("accounts", "账号"), Map.entry("tokens", "访问令牌"),
            Map.entry("audit", "审计日志"), Map.entry("access-log", "个人信息访问日志"), Map.entry("grids", "网格"),
            Map.entry("divisions", "行政区划"), Map.entry("territory", "行政区划与网格"), Map.entry("units", "部门"),
            Map.entry("open311", "Open311 接口"), Map.entry("hotline", "12345 工单"), Map.entry("reports", "民情分析报告"));

    private static final Pattern REFUSED = Pattern.compile("^([A-Z]+) (/\\S*)：(.*)$", Pattern.DOTALL);

    private AuditLabels() {
    }

    /** The event's Chinese name; an unknown code is shown as written. */
    public static String event(String code) {
        return code == null ? "" : EVENTS.getOrDefault(code, code);
    }

    /** The detail as a reader should see it: refused requests and failed logins put into words. */
    public static String detail(String code, String detail) {
        if (detail == null) {
            return "";
        }
        if ("LOGIN_FAILED".equals(code) && detail.startsWith("登录失败：")) {
            String cause = detail.substring("登录失败：".length()).strip();
            return "登录失败：" + FAILURES.getOrDefault(cause, cause);
        }
        if ("ACCESS_DENIED".equals(code)) {
            Matcher m = REFUSED.matcher(detail);
            if (m.matches()) {
                return METHODS.getOrDefault(m.group(1), m.group(1)) + place(m.group(2)) + "（" + m.group(1) + " "
                        + m.group(2) + "）：" + m.group(3);
            }
        }
        return detail;
    }

    /** The resource a path names, e.g. {@code /api/v1/cases/12} → 诉求. */
    static String place(String path) {
        String rest = path.replaceFirst("^/api/v1/", "").replaceFirst("^/", "");
        for (Map.Entry<String, String> place : PLACES) {
            if (rest.equals(place.getKey()) || rest.startsWith(place.getKey() + "/") || rest.startsWith(place.getKey() + "?")) {
                return place.getValue();
            }
        }
        return "页面";
    }

    private static Map<String, String> events(String... pairs) {
        Map<String, String> events = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            events.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(events);
    }
}
