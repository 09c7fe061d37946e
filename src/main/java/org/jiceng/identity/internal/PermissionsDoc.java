package org.jiceng.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Permit;
import org.jiceng.Action;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;

/**
 * The permission policy as a county reads it: grouped by resource, one line per action and relation with
 * the roles it lets in, in Chinese. The 权限表 page and {@code docs/permissions.md} are both made from here,
 * from {@link AccessPolicy#rows()}, so neither can say other than the code enforces.
 */
public final class PermissionsDoc {

    private PermissionsDoc() {
    }

    public record Line(String action, String roles, String relation) {
    }

    public record Group(String resource, String code, List<Line> lines) {
    }

    public static List<Group> groups() {
        Map<Resource, Map<String, List<String>>> byResource = new LinkedHashMap<>();
        for (Resource resource : Resource.values()) {
            byResource.put(resource, new LinkedHashMap<>());
        }
        for (Permit permit : AccessPolicy.rows()) {
            String key = permit.action().name() + "|" + permit.relation().name();
            byResource.get(permit.resource()).computeIfAbsent(key, k -> new ArrayList<>()).add(who(permit));
        }
        List<Group> groups = new ArrayList<>();
        byResource.forEach((resource, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            List<Line> rendered = new ArrayList<>();
            lines.forEach((key, roles) -> {
                String[] parts = key.split("\\|");
                rendered.add(new Line(Action.valueOf(parts[0]).label(), String.join("、", roles),
                        Relation.valueOf(parts[1]).label()));
            });
            groups.add(new Group(resource.label(), resource.name(), rendered));
        });
        return groups;
    }

    /** The whole policy as markdown, for {@code docs/permissions.md}. */
    public static String markdown() {
        StringBuilder md = new StringBuilder("""
                # 权限表 / Who may do what

                本文件由 `PermissionsDocTests` 根据 `org.jiceng.AccessPolicy` 生成，请勿手工修改；系统中的 /permissions 页面显示同样的内容。
                未列出的操作一律拒绝。“辖区内”指角色所在区划（或网格）及其下级；“所在村(社区)内”把网格角色放宽到其所在村(社区)。

                *Generated from `org.jiceng.AccessPolicy` by `PermissionsDocTests` (regenerate with
                `./jiceng test -o -Dtest=PermissionsDocTests -Djiceng.docs.write=true`); anything not listed is refused.*

                """);
        md.append("## 角色 / Roles\n\n| 代码 | 角色 |\n|---|---|\n");
        for (Role role : Role.values()) {
            md.append("| `").append(role.name()).append("` | ").append(role.label()).append(" |\n");
        }
        for (Group group : groups()) {
            md.append("\n## ").append(group.resource()).append(" `").append(group.code()).append("`\n\n")
                    .append("| 操作 | 角色 | 条件 |\n|---|---|---|\n");
            for (Line line : group.lines()) {
                md.append("| ").append(line.action()).append(" | ").append(line.roles()).append(" | ")
                        .append(line.relation()).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String who(Permit permit) {
        if (permit.role() != null) {
            return permit.role().label();
        }
        return permit.relation() == Relation.ANYONE ? "任何人（含未登录）" : "所有账号";
    }
}
