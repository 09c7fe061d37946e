package org.jiceng.security;

import org.jiceng.support.Http;

/**
 * The records of the service-item catalogue, 一件事 bundles and 政策一页通 policy sheets: a draft item and a draft
 * sheet written by 古城街道's staff (gucheng) in their town, and the same by 迤车镇's (yiche) in theirs.
 */
final class ServiceCatalogueFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        for (String variant : new String[] {"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            Http staff = fixtures.as(foreign ? "yiche" : "gucheng");
            String town = foreign ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_TOWN;
            String code = "MX-" + (foreign ? "F" : "O") + (System.nanoTime() % 100_000);
            fixtures.put("services/items", variant, Fixtures.created(staff.postJson("/api/v1/services/items", """
                    {"code": "%s", "kind": "ITEM", "territoryCode": "%s", "name": "矩阵测试事项", "officeName": "县民政局",
                     "materials": ["居民身份证"], "timeLimitDays": 5}""".formatted(code, town)), "service item"));
            fixtures.put("services/policies", variant, Fixtures.created(staff.postJson("/api/v1/services/policies", """
                    {"territoryCode": "%s", "title": "矩阵测试一页通", "topic": "测试", "publisher": "矩阵测试",
                     "paragraphs": ["矩阵测试正文。"]}""".formatted(town)), "policy sheet"));
        }
    }
}
