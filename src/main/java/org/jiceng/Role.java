package org.jiceng;

/**
 * The roles of DESIGN §1; a user holds each at one territory node. The set grows with the modules: a new
 * role is added here and given its rows in {@link AccessPolicy}, and holds nothing until it has them.
 */
public enum Role {
    RESIDENT("群众/居民"),
    HOUSEHOLD_CHIEF("户长"),
    GRID_WORKER("网格员"),
    VILLAGE_STAFF("村(社区)两委"),
    BRANCH_SECRETARY("党支部书记"),
    TOWN_STAFF("乡镇(街道)工作人员"),
    TOWN_ADMIN("乡镇(街道)账号管理员"),
    DEPT_STAFF("县直部门工作人员"),
    COUNTY_ADMIN("县级管理员"),
    PARTY_ORG_ADMIN("党组织管理员"),
    SERVICE_AGENT("代办员"),
    OWNERS_COMMITTEE("业主委员会"),
    PROPERTY_COMPANY("物业服务企业"),
    VILLAGE_SUPERVISOR("村(居)务监督委员会"),
    INSPECTOR("巡察组"),
    AUDITOR("纪检/巡察");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
