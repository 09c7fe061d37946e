package org.jiceng.visits;

import java.time.Clock;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What the sweep tests share: a sweep of 堂琅社区 started by its committee, and 包保 assignments written by SQL. */
final class SweepFixtures {

    static final String TANGLANG = "530326001001";
    static final String GUCHENG = "530326001";

    private SweepFixtures() {
    }

    /** Starts a sweep of 堂琅社区 as {@code shequ}, over every household or those with {@code tags} (JSON array). */
    static JsonNode start(int port, Clock clock, String title, String tags) {
        LocalDate today = Beijing.today(clock);
        var created = Http.as(port, "shequ").postJson("/api/v1/sweeps", """
                {"territoryCode": "%s", "title": "%s", "targetTags": %s, "startsOn": "%s", "endsOn": "%s",
                 "checklist": [{"label": "取暖是否安全", "kind": "YES_NO"}, {"label": "用电是否安全", "kind": "YES_NO"},
                               {"label": "有无就医需求", "kind": "TEXT"}]}"""
                .formatted(TANGLANG, title, tags, today, today.plusDays(14)));
        if (created.status() != 201) {
            throw new AssertionError(created.status() + " " + created.body());
        }
        return created.json();
    }

    /** The grid codes of 堂琅社区, the first of them wangge's. */
    static java.util.List<String> grids(int port) {
        return Http.as(port, "admin").get("/api/v1/grids?village=" + TANGLANG).json().get("items").valueStream()
                .map(g -> g.get("code").asString()).toList();
    }

    /** The first households of a grid, by id, from the module's projection of the register. */
    static java.util.List<Long> households(JdbcClient jdbc, String grid, int limit) {
        return jdbc.sql("select id from visits.household where territory_code = :grid order by id limit :limit")
                .param("grid", grid).param("limit", limit).query(Long.class).list();
    }

    /** Writes an active assignment starting today; {@code held} is a household id, a chief's resident id or null. */
    static void assign(JdbcClient jdbc, Clock clock, String level, String territory, Long held, String holderKind,
                       long holderId, String name, String title, byte[] phoneCipher, String phoneMasked) {
        jdbc.sql("""
                        insert into visits.assignment (county, level, territory_code, household_id, chief_resident_id,
                            holder_kind, holder_id, holder_name, holder_title, holder_phone_cipher, holder_phone_masked, starts_on)
                        values ('530326', :level, :territory, :household, :chief, :kind, :holder, :name, :title, :cipher,
                            :masked, :starts)""")
                .param("level", level).param("territory", territory)
                .param("household", level.equals("HOUSEHOLD") ? held : null)
                .param("chief", level.equals("CHIEF") ? held : null)
                .param("kind", holderKind).param("holder", holderId).param("name", name).param("title", title)
                .param("cipher", phoneCipher).param("masked", phoneMasked).param("starts", Beijing.today(clock).minusDays(1))
                .update();
    }
}
