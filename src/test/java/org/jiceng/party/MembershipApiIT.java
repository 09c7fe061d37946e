package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.Beijing;
import org.jiceng.party.internal.membership.AnniversaryReminders;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Members' transfers (组织关系转接), affiliations, 流动党员 and 候鸟 members, the members' Excel and the Monday
 * 入党生日 reminder, through the API as 党组织管理员 (dangjian) and the 堂琅 branch secretary (shuji) use them; and
 * refused to another town, a resident and a department.
 */
@AppTest
class MembershipApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    AnniversaryReminders reminders;

    @Autowired
    Clock clock;

    Http as(String user) {
        return Http.as(port, user);
    }

    long newMember() {
        return MembershipTestMembers.admit(as("shuji"), as("admin"), TANGLANG, branch());
    }

    long branch() {
        return MembershipTestMembers.branchOf(as("dangjian"), TANGLANG);
    }

    /** Another organisation of 古城街道 that enrols members, not {@code than}. */
    long anotherBranch(long than) {
        for (JsonNode o : as("dangjian").get("/api/v1/party/organisations?territory=530326001&limit=500").json()
                .get("items")) {
            String level = o.get("level").asString();
            if ((level.equals("BRANCH") || level.equals("GROUP")) && o.get("dissolvedOn").isNull()
                    && o.get("kind").asString().equals("ESTABLISHED") && o.get("id").asLong() != than) {
                return o.get("id").asLong();
            }
        }
        throw new IllegalStateException("no second branch in 古城街道");
    }

    @Test
    void theApiDocumentNamesTheMembershipOperations() throws Exception {
        // the document is built once, on its first request, which may take long on a busy machine
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                .timeout(java.time.Duration.ofMinutes(5)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("/api/v1/party/members/{id}/transfers", "/api/v1/party/flowing-members",
                "/api/v1/party/central-households/board", "/api/v1/party/members.xlsx");
    }

    @Test
    void aTransferMovesTheMemberOnlyWhenTheReceivingOrganisationReceivesIt() {
        long member = newMember();
        long from = as("dangjian").get("/api/v1/party/members/" + member).json().get("organisationId").asLong();
        long to = anotherBranch(from);
        var applied = as("shuji").postJson("/api/v1/party/members/" + member + "/transfers",
                "{\"toOrganisationId\": " + to + ", \"reason\": \"搬迁\"}");
        assertThat(applied.status()).isEqualTo(201);
        long transfer = applied.json().get("transfer").get("id").asLong();
        assertThat(applied.json().get("transfer").get("state").asString()).isEqualTo("APPLIED");
        assertThat(organisationOf(member)).isEqualTo(from);

        var again = as("shuji").postJson("/api/v1/party/members/" + member + "/transfers", "{\"toOutside\": \"别处\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(as("shuji").postJson("/api/v1/party/transfers/" + transfer + "/receive", "{}").status()).isEqualTo(409);

        var sent = as("dangjian").postJson("/api/v1/party/transfers/" + transfer + "/send", "{\"letterNumber\": \"会组转 2026-17\"}");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("transfer").get("state").asString()).isEqualTo("SENT");
        assertThat(organisationOf(member)).isEqualTo(from);

        var received = as("dangjian").postJson("/api/v1/party/transfers/" + transfer + "/receive", "{}");
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().get("transfer").get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.json().get("transfer").get("letterNumber").asString()).isEqualTo("会组转 2026-17");
        assertThat(received.json().get("steps").valueStream().map(s -> s.get("state").asString()))
                .containsExactly("APPLIED", "SENT", "RECEIVED");
        assertThat(organisationOf(member)).isEqualTo(to);

        JsonNode history = as("shuji").get("/api/v1/party/members/" + member + "/transfers").json();
        assertThat(history.get(0).get("state").asString()).isEqualTo("RECEIVED");
        assertThat(as("dangjian").get("/api/v1/party/transfers?territory=" + TANGLANG + "&state=RECEIVED&limit=500")
                .json().get("items").valueStream().anyMatch(t -> t.get("id").asLong() == transfer)).isTrue();
    }

    @Test
    void aTransferSentBackLeavesTheMemberWhereTheyWereAndSaysWhy() {
        long member = newMember();
        long from = organisationOf(member);
        long transfer = as("shuji").postJson("/api/v1/party/members/" + member + "/transfers",
                "{\"toOutside\": \"中共昆明市盘龙区某党支部\"}").json().get("transfer").get("id").asLong();
        var noReason = as("dangjian").postJson("/api/v1/party/transfers/" + transfer + "/return", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.detail()).contains("退回原因");
        var returned = as("dangjian").postJson("/api/v1/party/transfers/" + transfer + "/return",
                "{\"note\": \"接收方党组织名称有误\"}");
        assertThat(returned.json().get("transfer").get("state").asString()).isEqualTo("RETURNED");
        assertThat(organisationOf(member)).isEqualTo(from);
        assertThat(as("shuji").postJson("/api/v1/party/members/" + member + "/transfers",
                "{\"toOutside\": \"中共昆明市盘龙区拓东街道党工委\"}").status()).isEqualTo(201);
    }

    @Test
    void aTransferInFromOutsideRegistersTheMemberWhenReceived() {
        long branch = branch();
        Http admin = as("admin");
        JsonNode households = admin.get("/api/v1/households?territory=" + TANGLANG + "&limit=100").json().get("items");
        Long transfer = null;
        for (int i = households.size() - 1; i >= 0 && transfer == null; i--) {
            for (JsonNode resident : admin.get("/api/v1/households/" + households.get(i).get("id").asLong()).json()
                    .get("members")) {
                var in = as("shuji").postJson("/api/v1/party/transfers", """
                        {"residentId": %d, "toOrganisationId": %d, "fromOutside": "中共曲靖市麒麟区某村党支部",
                         "letterNumber": "麒组转 2026-031", "joinedOn": "1998-07-01"}""".formatted(resident.get("id").asLong(), branch));
                if (in.status() == 201) {
                    transfer = in.json().get("transfer").get("id").asLong();
                    assertThat(in.json().get("transfer").get("state").asString()).isEqualTo("SENT");
                    assertThat(in.json().get("transfer").get("memberId").isNull()).isTrue();
                    break;
                }
            }
        }
        assertThat(transfer).isNotNull();
        var received = as("shuji").postJson("/api/v1/party/transfers/" + transfer + "/receive", "{}");
        assertThat(received.status()).isEqualTo(200);
        long member = received.json().get("transfer").get("memberId").asLong();
        JsonNode registered = as("shuji").get("/api/v1/party/members/" + member).json();
        assertThat(registered.get("organisationId").asLong()).isEqualTo(branch);
        assertThat(registered.get("joinedOn").asString()).isEqualTo("1998-07-01");
    }

    @Test
    void aTransferInNeedsTheLettersNumber() {
        var answer = as("shuji").postJson("/api/v1/party/transfers", """
                {"residentId": 1, "toOrganisationId": %d, "fromOutside": "外县某党支部", "joinedOn": "1998-07-01"}"""
                .formatted(branch()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("介绍信编号");
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedTransfers() {
        long member = newMember();
        long transfer = as("shuji").postJson("/api/v1/party/members/" + member + "/transfers",
                "{\"toOutside\": \"外县某党支部\"}").json().get("transfer").get("id").asLong();
        assertThat(as("yiche").get("/api/v1/party/members/" + member + "/transfers").status()).isEqualTo(404);
        assertThat(as("yiche").get("/api/v1/party/transfers/" + transfer).status()).isEqualTo(404);
        assertThat(as("jumin").get("/api/v1/party/transfers/" + transfer).status()).isEqualTo(403);
        assertThat(as("bumen").get("/api/v1/party/members/" + member + "/transfers").status()).isEqualTo(403);
        // 村(社区)两委 read members but the transfer of relations is the party's hand
        assertThat(as("shequ").postJson("/api/v1/party/transfers/" + transfer + "/send", "{}").status()).isEqualTo(403);
        assertThat(as("jumin").postJson("/api/v1/party/members/" + member + "/transfers", "{\"toOutside\": \"x\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void aMemberJoinsAFunctionalGroupBesideTheirBranchAndLeavesIt() {
        long member = newMember();
        long functional = as("dangjian").get("/api/v1/party/organisations?territory=" + TANGLANG + "&limit=500").json()
                .get("items").valueStream().filter(o -> o.get("kind").asString().equals("FUNCTIONAL"))
                .findFirst().orElseThrow().get("id").asLong();
        var joined = as("shuji").postJson("/api/v1/party/members/" + member + "/affiliations",
                "{\"organisationId\": " + functional + "}");
        assertThat(joined.status()).isEqualTo(201);
        long affiliation = joined.json().get("id").asLong();
        assertThat(as("shuji").postJson("/api/v1/party/members/" + member + "/affiliations",
                "{\"organisationId\": " + functional + "}").status()).isEqualTo(409);
        var own = as("shuji").postJson("/api/v1/party/members/" + member + "/affiliations",
                "{\"organisationId\": " + anotherBranch(organisationOf(member)) + "}");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.detail()).contains("组织关系转接");
        var left = as("shuji").postJson("/api/v1/party/members/" + member + "/affiliations/" + affiliation + "/end", "{}");
        assertThat(left.json().get("until").asString()).isEqualTo(Beijing.today(clock).toString());
        assertThat(as("shuji").get("/api/v1/party/members/" + member + "/affiliations").json().get(0).get("organisationId")
                .asLong()).isEqualTo(functional);
        assertThat(as("yiche").get("/api/v1/party/members/" + member + "/affiliations").status()).isEqualTo(404);
        assertThat(as("bumen").get("/api/v1/party/members/" + member + "/affiliations").status()).isEqualTo(403);
        assertThat(as("jumin").postJson("/api/v1/party/members/" + member + "/affiliations",
                "{\"organisationId\": " + functional + "}").status()).isEqualTo(403);
    }

    @Test
    void aFlowingMembersPhoneIsSealedAndShownMasked() {
        long member = newMember();
        var registered = as("shuji").postJson("/api/v1/party/flowing-members", """
                {"kind": "FLOWING", "memberId": %d, "whereabouts": "广东省东莞市长安镇", "phone": "13912345678"}"""
                .formatted(member));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain("13912345678").contains("139****5678");
        long id = registered.json().get("id").asLong();
        assertThat(registered.json().get("homeOrganisation").asString()).isNotBlank();
        assertThat(as("shuji").postJson("/api/v1/party/flowing-members", """
                {"kind": "FLOWING", "memberId": %d, "whereabouts": "浙江省义乌市"}""".formatted(member)).status())
                .isEqualTo(409);
        var badPhone = as("shuji").postJson("/api/v1/party/flowing-members", """
                {"kind": "FLOWING", "memberId": %d, "whereabouts": "浙江省义乌市", "phone": "12345"}""".formatted(newMember()));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.body()).doesNotContain("12345\"");
        assertThat(as("dangjian").get("/api/v1/party/flowing-members?territory=" + TANGLANG + "&kind=FLOWING&limit=500")
                .json().get("items").valueStream().anyMatch(f -> f.get("id").asLong() == id)).isTrue();
        assertThat(as("yiche").get("/api/v1/party/flowing-members/" + id).status()).isEqualTo(404);
        assertThat(as("yiche").get("/api/v1/party/flowing-members?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(as("yiche").get("/api/v1/party/flowing-members?limit=500").json().get("items").valueStream()
                .noneMatch(f -> f.get("id").asLong() == id)).isTrue();
        assertThat(as("jumin").get("/api/v1/party/flowing-members").status()).isEqualTo(403);
        assertThat(as("bumen").get("/api/v1/party/flowing-members/" + id).status()).isEqualTo(403);
        var back = as("shuji").postJson("/api/v1/party/flowing-members/" + id + "/end", "{}");
        assertThat(back.json().get("until").asString()).isEqualTo(Beijing.today(clock).toString());
    }

    @Test
    void aMigrantMemberJoinsALocalBranchForTheSeasonWhileTheirRelationStaysAtHome() {
        var migrant = as("shuji").postJson("/api/v1/party/flowing-members", """
                {"kind": "MIGRANT", "name": "李候鸟", "homeOrganisation": "中共哈尔滨市道里区某社区党支部",
                 "localOrganisationId": %d, "whereabouts": "堂琅社区某小区", "until": "2027-03-31"}""".formatted(branch()));
        assertThat(migrant.status()).isEqualTo(201);
        assertThat(migrant.json().get("kind").asString()).isEqualTo("MIGRANT");
        assertThat(migrant.json().get("localOrganisationId").asLong()).isEqualTo(branch());
        assertThat(migrant.json().get("phoneMasked").isNull()).isTrue();
        var noHome = as("shuji").postJson("/api/v1/party/flowing-members", """
                {"kind": "MIGRANT", "name": "王候鸟", "localOrganisationId": %d, "whereabouts": "某小区"}""".formatted(branch()));
        assertThat(noHome.status()).isEqualTo(400);
        assertThat(noHome.detail()).contains("组织关系所在党组织");
    }

    @Test
    void theMembersRollExportsWithNumbersMaskedAndImportsAllRowsOrNone() throws Exception {
        var download = as("dangjian").download("/api/v1/party/members.xlsx?territory=" + TANGLANG);
        assertThat(download.status()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            int id = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (format.formatCellValue(header.getCell(c)).equals("身份证号")) {
                    id = c;
                }
            }
            assertThat(id).isPositive();
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String number = format.formatCellValue(sheet.getRow(r).getCell(id));
                assertThat(number.isEmpty() || number.contains("*")).as(number).isTrue();
            }
        }
        assertThat(as("yiche").download("/api/v1/party/members.xlsx?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(as("jumin").download("/api/v1/party/members.xlsx").status()).isEqualTo(403);
        assertThat(as("bumen").download("/api/v1/party/members.xlsx").status()).isEqualTo(403);

        // a row that cannot be imported (an unknown organisation) stops the good row beside it too
        long resident = unadmittedResident();
        byte[] bad = workbook(new Object[]{resident, branch(), "2010-07-01", "", "否", "", "否"},
                new Object[]{resident + 0, 999_999_999L, "2010-07-01", "", "否", "", "否"});
        var refused = as("shuji").postFile("/api/v1/party/members.xlsx", java.util.Map.of(), "file", "党员.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("第 3 行").contains("未写入任何数据");
        byte[] good = workbook(new Object[]{resident, branch(), "2010-07-01", "正式党员", "否", "", "否"});
        var imported = as("shuji").postFile("/api/v1/party/members.xlsx", java.util.Map.of(), "file", "党员.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created")).hasSize(1);
    }

    @Test
    void onMondayTheBranchSecretaryIsRemindedOfTheWeeksJoinAnniversaries() {
        LocalDate today = Beijing.today(clock);
        long member = MembershipTestMembers.admit(as("shuji"), as("admin"), TANGLANG, branch(),
                today.minusYears(5).toString());
        String name = as("shuji").get("/api/v1/party/members/" + member).json().get("name").asString();
        assertThat(reminders.remind(today)).isPositive();
        JsonNode inbox = as("shuji").get("/api/v1/inbox?limit=50").json();
        JsonNode items = inbox.has("items") ? inbox.get("items") : inbox;
        assertThat(items.valueStream().filter(m -> m.get("kind").asString().equals("party.anniversaries"))
                .anyMatch(m -> m.get("body").asString().contains(name) && m.get("body").asString().contains("5 周年")))
                .isTrue();
        JsonNode elsewhere = as("yiche").get("/api/v1/inbox?limit=50").json();
        JsonNode theirs = elsewhere.has("items") ? elsewhere.get("items") : elsewhere;
        assertThat(theirs.valueStream().noneMatch(m -> m.get("body").asString().contains(name))).isTrue();
    }

    private long organisationOf(long member) {
        return as("dangjian").get("/api/v1/party/members/" + member).json().get("organisationId").asLong();
    }

    /** A resident of 堂琅 who is not a member: one a transfer in would accept, its application sent back at once. */
    private long unadmittedResident() {
        Http admin = as("admin");
        for (JsonNode household : admin.get("/api/v1/households?territory=" + TANGLANG + "&limit=200").json().get("items")) {
            for (JsonNode resident : admin.get("/api/v1/households/" + household.get("id").asLong()).json().get("members")) {
                JsonNode age = admin.get("/api/v1/residents/" + resident.get("id").asLong()).json().path("age");
                if (!age.isNumber() || age.asInt() < 40) {
                    continue; // the rows join in 2010: an adult then
                }
                var in = as("shuji").postJson("/api/v1/party/transfers", """
                        {"residentId": %d, "toOrganisationId": %d, "fromOutside": "外县", "letterNumber": "试-1",
                         "joinedOn": "2010-07-01"}""".formatted(resident.get("id").asLong(), branch()));
                if (in.status() == 201) {
                    as("shuji").postJson("/api/v1/party/transfers/" + in.json().get("transfer").get("id").asLong()
                            + "/return", "{\"note\": \"仅为核对\"}");
                    return resident.get("id").asLong();
                }
            }
        }
        throw new IllegalStateException("no resident of 堂琅 left who is not a member");
    }

    private static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("党员");
            Row header = sheet.createRow(0);
            for (int c = 0; c < org.jiceng.party.internal.membership.MemberWorkbook.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(org.jiceng.party.internal.membership.MemberWorkbook.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
