package org.jiceng;

/** What the permission policy guards: one constant per kind of record or page a module serves. */
public enum Resource {
    SIGN_IN("登录"),
    HOME("首页"),
    PERMISSIONS("权限表"),
    ACCOUNT("账号"),
    API_TOKEN("访问令牌"),
    AUDIT_LOG("审计日志"),
    ACCESS_LOG("个人信息访问日志"),
    DIVISION("行政区划"),
    GRID("网格"),
    UNIT("部门"),
    HOUSEHOLD("户籍"),
    RESIDENT_RECORD("居民信息"),
    PERSONAL_NUMBER("完整身份证号和电话"),
    REGISTER_FILE("户籍导入导出"),
    CASE("诉求"),
    CASE_NOTE("诉求内部记录"),
    REPORTER_CONTACT("反映人联系方式"),
    CASE_CONFIG("诉求分类、派遣规则与工作日历"),
    HOTLINE_ORDER("12345 工单"),
    OPEN311("Open311 接口"),
    OPEN311_CLIENT("Open311 接入方"),
    ATTACHMENT("附件"),
    INBOX("消息"),
    SUPERVISION("督办"),
    DISPUTE("矛盾纠纷"),
    TOPIC("议题"),
    MEETING("会议"),
    NOTICE("公示"),
    ESTATE("小区"),
    BALLOT("表决"),
    VOTE("投票"),
    PARTY_ORG("党组织"),
    PARTY_MEMBER("党员"),
    PARTY_POST("三长、楼长和网格员"),
    DUAL_REGISTRATION("双报到"),
    PARTY_FILE("党员和党组织导入导出"),
    CO_BUILDING("双报到需求、资源与共建项目"),
    SERVICE_HOURS("双报到服务时长"),
    DUTY_POST("设岗定责"),
    PLEDGE("党员承诺事项"),
    PARTY_BOARD("党员亮身份公示"),
    NEIGHBOURHOOD_DUTY("三长和楼长履职"),
    CENTRAL_HOUSEHOLD("党员中心户"),
    BRANCH_MEETING("三会一课与主题党日"),
    PARTY_DUES("党费"),
    ASSIGNMENT("包保关系"),
    VISIT("走访记录"),
    CARE_PLAN("一人一策帮扶计划"),
    MONITORING("防返贫监测"),
    SWEEP("全覆盖排查"),
    VISIT_COVERAGE("走访覆盖统计"),
    LEDGER_ACCOUNT("公开账本"),
    LEDGER_ENTRY("记账分录"),
    LEDGER_PAYMENT("付款审批"),
    VOUCHER("票据原件"),
    LEDGER_BUDGET("预算与决算"),
    DIVIDEND("集体收益分红"),
    LEDGER_STATEMENT("月度公开账目"),
    STATS("统计分析"),
    REPORT("民情分析报告"),
    PARKED_EVENT("未计入三率的事件");

    private final String label;

    Resource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
