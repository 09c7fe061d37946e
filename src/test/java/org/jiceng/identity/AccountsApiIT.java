package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AppTest
class AccountsApiIT {

    static final String GRID = "530326001001001";
    static final String PASSWORD = "Kaishi-2026x";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String uniqueName(String stem) {
        return stem + System.nanoTime() % 100_000 + NEXT.incrementAndGet();
    }

    static String body(String username, String password, String role, String territory) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试账号\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"")
                + ",\"roles\":[{\"role\":\"" + role + "\",\"territory\":\"" + territory + "\"}]}";
    }

    long idOf(String username) {
        return jdbc.sql("select id from identity.app_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    @Test
    void aCountyAdministratorCreatesReadsEditsDisablesAndResetsAnAccount() {
        Http admin = Http.as(port, "admin");
        String name = uniqueName("wg");
        var created = admin.postJson("/api/v1/accounts", body(name, PASSWORD, "GRID_WORKER", GRID));
        assertThat(created.status()).isEqualTo(201);
        JsonNode account = created.json();
        long id = account.get("id").asLong();
        assertThat(created.location()).endsWith("/api/v1/accounts/" + id);
        assertThat(account.get("roles").get(0).get("role").asString()).isEqualTo("GRID_WORKER");
        assertThat(account.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(PASSWORD);

        assertThat(admin.get("/api/v1/accounts/" + id).json().get("username").asString()).isEqualTo(name);
        assertThat(admin.get("/api/v1/accounts?q=" + name).json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(admin.get("/api/v1/accounts?role=GRID_WORKER&territory=530326001&limit=500").json().get("items")
                .valueStream().map(a -> a.get("id").asLong())).contains(id);
        assertThat(admin.get("/api/v1/accounts?territory=530326103&limit=500").json().get("items")
                .valueStream().map(a -> a.get("id").asLong())).doesNotContain(id);

        var changed = admin.patchJson("/api/v1/accounts/" + id, """
                {"displayName":"堂琅社区网格员乙","roles":[{"role":"GRID_WORKER","territory":"530326001001001"},
                 {"role":"VILLAGE_STAFF","territory":"530326001001"}]}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("displayName").asString()).isEqualTo("堂琅社区网格员乙");
        assertThat(changed.json().get("roles").size()).isEqualTo(2);

        var reset = admin.postJson("/api/v1/accounts/" + id + "/password-reset", "");
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.json().get("temporaryPassword").asString();
        assertThat(Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + name + "\",\"password\":\"" + temporary + "\"}").status()).isEqualTo(200);

        var disabled = admin.patchJson("/api/v1/accounts/" + id, "{\"enabled\":false}");
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + name + "\",\"password\":\"" + temporary + "\"}").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/accounts?enabled=false&q=" + name).json().get("items").size()).isEqualTo(1);

        var events = jdbc.sql("select event || ' ' || coalesce(detail, '') from identity.audit_log where username = 'admin'")
                .query(String.class).list();
        assertThat(events).anyMatch(e -> e.startsWith("ACCOUNT_CREATED") && e.contains(name))
                .anyMatch(e -> e.startsWith("ROLES_CHANGED") && e.contains(name))
                .anyMatch(e -> e.startsWith("PASSWORD_RESET") && e.contains(name))
                .anyMatch(e -> e.startsWith("ACCOUNT_DISABLED") && e.contains(name))
                .noneMatch(e -> e.contains(PASSWORD) || e.contains(temporary));
    }

    @Test
    void anAccountMadeWithoutAPasswordGetsATemporaryOneShownOnce() {
        var created = Http.as(port, "admin").postJson("/api/v1/accounts", body(uniqueName("tmp"), null, "GRID_WORKER", GRID));
        assertThat(created.status()).isEqualTo(201);
        String temporary = created.json().get("temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
        long id = created.json().get("id").asLong();
        assertThat(Http.as(port, "admin").get("/api/v1/accounts/" + id).body()).doesNotContain(temporary);
    }

    @Test
    void aTownAdministratorManagesTheTownAndNeverBesideOrAbove() {
        Http guanli = Http.as(port, "guanli");
        String name = uniqueName("gc");
        var created = guanli.postJson("/api/v1/accounts", body(name, PASSWORD, "GRID_WORKER", GRID));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(guanli.patchJson("/api/v1/accounts/" + id, "{\"displayName\":\"改名\"}").status()).isEqualTo(200);

        var beside = guanli.postJson("/api/v1/accounts", body(uniqueName("yc"), PASSWORD, "GRID_WORKER", "530326103"));
        assertThat(beside.status()).isEqualTo(403);
        assertThat(beside.isProblem()).isTrue();
        assertThat(guanli.postJson("/api/v1/accounts", body(uniqueName("up"), PASSWORD, "TOWN_STAFF", "530326"))
                .status()).as("above the town").isEqualTo(403);
        assertThat(guanli.postJson("/api/v1/accounts", body(uniqueName("ca"), PASSWORD, "COUNTY_ADMIN", "530326001"))
                .status()).as("a county-wide role").isEqualTo(403);
        assertThat(guanli.postJson("/api/v1/accounts", body(uniqueName("au"), PASSWORD, "AUDITOR", "530326001"))
                .status()).isEqualTo(403);
        assertThat(guanli.patchJson("/api/v1/accounts/" + id,
                "{\"roles\":[{\"role\":\"GRID_WORKER\",\"territory\":\"530326103001001\"}]}").status())
                .as("moving an account of the town to another town").isEqualTo(403);

        long yiche = idOf("yiche");
        assertThat(guanli.get("/api/v1/accounts/" + yiche).status()).isEqualTo(404);
        assertThat(guanli.patchJson("/api/v1/accounts/" + yiche, "{\"enabled\":false}").status()).isEqualTo(404);
        assertThat(guanli.postJson("/api/v1/accounts/" + yiche + "/password-reset", "").status()).isEqualTo(404);
        assertThat(guanli.get("/api/v1/accounts/" + idOf("admin")).status()).as("above").isEqualTo(404);
        assertThat(guanli.get("/api/v1/accounts?limit=500").json().get("items").valueStream()
                .map(a -> a.get("username").asString())).contains(name, "gucheng", "shequ", "wangge")
                .doesNotContain("yiche", "admin", "bumen", "jijian");
    }

    @Test
    void residentsDepartmentsAndTownStaffManageNoAccounts() {
        for (String who : new String[] {"jumin", "bumen", "gucheng", "wangge"}) {
            Http user = Http.as(port, who);
            assertThat(user.get("/api/v1/accounts").status()).as(who).isEqualTo(403);
            var create = user.postJson("/api/v1/accounts", body(uniqueName("no"), PASSWORD, "RESIDENT", "530326001001"));
            assertThat(create.status()).as(who).isEqualTo(403);
            assertThat(create.detail()).contains("账号");
            assertThat(user.get("/api/v1/accounts/" + idOf("shequ")).status()).as(who).isEqualTo(404);
        }
        assertThat(Http.as(port, "jumin").get("/api/v1/accounts/" + idOf("jumin")).status()).as("one's own").isEqualTo(200);
    }

    @Test
    void theAuditorReadsButDoesNotManageAccounts() {
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/accounts?q=wangge").json().get("items").size()).isEqualTo(1);
        assertThat(jijian.postJson("/api/v1/accounts", body(uniqueName("x"), PASSWORD, "RESIDENT", "530326001001"))
                .status()).isEqualTo(403);
    }

    @Test
    void passwordsFollowTheRules() {
        Http admin = Http.as(port, "admin");
        String name = uniqueName("pw");
        var shortOne = admin.postJson("/api/v1/accounts", body(name, "abc12", "GRID_WORKER", GRID));
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.detail()).contains("至少 10 位");
        assertThat(admin.postJson("/api/v1/accounts", body(name, "1234567890123", "GRID_WORKER", GRID)).detail())
                .contains("数字");
        assertThat(admin.postJson("/api/v1/accounts", body("longname123", "longname123", "GRID_WORKER", GRID)).detail())
                .contains("用户名");
        assertThat(jdbc.sql("select count(*) from identity.app_user where username = :u").param("u", name)
                .query(Long.class).single()).as("nothing half-written").isZero();
        assertThat(admin.postJson("/api/v1/accounts", body(name, PASSWORD, "NO_SUCH_ROLE", GRID)).status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/accounts", body(name, PASSWORD, "GRID_WORKER", "530326999999999")).status())
                .isEqualTo(400);
        assertThat(admin.postJson("/api/v1/accounts", "{\"username\":1}").status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/accounts", "[").isProblem()).isTrue();
    }

    @Test
    void anAccountChangesItsOwnPassword() {
        String name = uniqueName("me");
        Http.as(port, "admin").postJson("/api/v1/accounts", body(name, PASSWORD, "GRID_WORKER", GRID));
        Http owner = Http.anonymous(port).withToken(token(name, PASSWORD));
        var wrongOld = owner.postJson("/api/v1/me/password", "{\"oldPassword\":\"nope-nope-nope\",\"newPassword\":\"Xin-mima-2026\"}");
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.detail()).contains("原密码");
        assertThat(owner.postJson("/api/v1/me/password", "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"123\"}")
                .status()).isEqualTo(400);
        assertThat(owner.postJson("/api/v1/me/password",
                "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Xin-mima-2026\"}").status()).isEqualTo(204);
        assertThat(token(name, "Xin-mima-2026")).startsWith("jc_");
        assertThat(Http.as(port, "admin").get("/api/v1/accounts?q=" + name).json().get("items").get(0)
                .get("mustChangePassword").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from identity.audit_log where username = :u and event = 'PASSWORD_CHANGED'")
                .param("u", name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAccountIsLinkedToTheResidentAndThePartyMemberItIs() {
        String name = uniqueName("lk");
        var created = Http.as(port, "admin").postJson("/api/v1/accounts", "{\"username\":\"" + name
                + "\",\"displayName\":\"居民\",\"password\":\"" + PASSWORD + "\",\"residentId\":" + (900_000_000L + NEXT.incrementAndGet())
                + ",\"roles\":[{\"role\":\"RESIDENT\",\"territory\":\"530326001001\"}]}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("residentId").isNull()).isFalse();
        var linked = Http.as(port, "admin").patchJson("/api/v1/accounts/" + id, "{\"partyMemberId\":77,\"residentId\":null}");
        assertThat(linked.json().get("partyMemberId").asLong()).isEqualTo(77);
        assertThat(linked.json().get("residentId").isNull()).isTrue();
    }

    @Test
    void controlCharactersInASearchAreRefusedNotFailed() {
        assertThat(Http.as(port, "admin").get("/api/v1/accounts?q=a%00b").status()).isEqualTo(400);
        assertThat(Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"ad\\u0000min\",\"password\":\"whatever-x\"}").status())
                .as("the global input check refuses the NUL before any sign-in is tried").isEqualTo(400);
    }

    @Test
    void noOneChangesTheirOwnRolesOrDisablesThemselves() {
        long admin = idOf("admin");
        var answer = Http.as(port, "admin").patchJson("/api/v1/accounts/" + admin, "{\"enabled\":false}");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.detail()).contains("自己");
    }

    String token(String username, String password) {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("token").asString();
    }
}
