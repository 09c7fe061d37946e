package org.jiceng.ledger.internal.account;

import java.util.List;

/**
 * The accounts an estate keeps (物业费, 公共收益, 维修资金: seed 000) and those of a village collective (三资: 资金,
 * 资产, 资源), each with the default chart of subjects (科目) it starts with; an account adds subjects as it needs.
 * The collective's codes follow the 村集体经济组织会计制度 numbering, so a town's 三资 office recognises them.
 */
public enum AccountKind {
    PROPERTY_FEE("物业费", true, List.of(
            new Subject("1001", "库存现金", SubjectKind.ASSET),
            new Subject("1002", "银行存款", SubjectKind.ASSET),
            new Subject("1122", "应收物业费", SubjectKind.ASSET),
            new Subject("2202", "应付款项", SubjectKind.LIABILITY),
            new Subject("2203", "预收物业费", SubjectKind.LIABILITY),
            new Subject("3001", "历年结余", SubjectKind.EQUITY),
            new Subject("6001", "物业费收入", SubjectKind.INCOME),
            new Subject("6051", "其他收入", SubjectKind.INCOME),
            new Subject("6401", "人员费用", SubjectKind.EXPENSE),
            new Subject("6402", "公共水电费", SubjectKind.EXPENSE),
            new Subject("6403", "保洁绿化", SubjectKind.EXPENSE),
            new Subject("6404", "秩序维护", SubjectKind.EXPENSE),
            new Subject("6405", "设施维修养护", SubjectKind.EXPENSE),
            new Subject("6406", "管理费用", SubjectKind.EXPENSE))),
    PUBLIC_INCOME("公共收益", true, List.of(
            new Subject("1002", "银行存款", SubjectKind.ASSET),
            new Subject("1122", "应收款项", SubjectKind.ASSET),
            new Subject("2202", "应付款项", SubjectKind.LIABILITY),
            new Subject("3001", "累计结余", SubjectKind.EQUITY),
            new Subject("6101", "广告位收入", SubjectKind.INCOME),
            new Subject("6102", "停车场地收入", SubjectKind.INCOME),
            new Subject("6103", "场地租赁收入", SubjectKind.INCOME),
            new Subject("6601", "公共设施支出", SubjectKind.EXPENSE),
            new Subject("6602", "业委会工作经费", SubjectKind.EXPENSE),
            new Subject("6603", "补充维修资金", SubjectKind.EXPENSE))),
    MAINTENANCE_FUND("维修资金", true, List.of(
            new Subject("1002", "银行存款", SubjectKind.ASSET),
            new Subject("3001", "维修资金本金", SubjectKind.EQUITY),
            new Subject("6111", "业主交存", SubjectKind.INCOME),
            new Subject("6112", "利息收入", SubjectKind.INCOME),
            new Subject("6113", "公共收益转入", SubjectKind.INCOME),
            new Subject("6611", "维修工程支出", SubjectKind.EXPENSE))),
    COLLECTIVE_FUNDS("资金", false, List.of(
            new Subject("101", "库存现金", SubjectKind.ASSET),
            new Subject("102", "银行存款", SubjectKind.ASSET),
            new Subject("112", "应收款", SubjectKind.ASSET),
            new Subject("211", "应付款", SubjectKind.LIABILITY),
            new Subject("212", "应付工资", SubjectKind.LIABILITY),
            new Subject("301", "资本", SubjectKind.EQUITY),
            new Subject("311", "公积公益金", SubjectKind.EQUITY),
            new Subject("501", "经营收入", SubjectKind.INCOME),
            new Subject("511", "发包及上交收入", SubjectKind.INCOME),
            new Subject("521", "补助收入", SubjectKind.INCOME),
            new Subject("522", "其他收入", SubjectKind.INCOME),
            new Subject("502", "经营支出", SubjectKind.EXPENSE),
            new Subject("541", "管理费用", SubjectKind.EXPENSE),
            new Subject("551", "公益支出", SubjectKind.EXPENSE),
            new Subject("552", "其他支出", SubjectKind.EXPENSE))),
    COLLECTIVE_ASSETS("资产", false, List.of(
            new Subject("102", "银行存款", SubjectKind.ASSET),
            new Subject("121", "库存物资", SubjectKind.ASSET),
            new Subject("151", "固定资产", SubjectKind.ASSET),
            new Subject("161", "在建工程", SubjectKind.ASSET),
            new Subject("211", "应付款", SubjectKind.LIABILITY),
            new Subject("301", "资本", SubjectKind.EQUITY),
            new Subject("311", "公积公益金", SubjectKind.EQUITY),
            new Subject("531", "资产处置收入", SubjectKind.INCOME),
            new Subject("561", "资产维修支出", SubjectKind.EXPENSE))),
    COLLECTIVE_RESOURCES("资源", false, List.of(
            new Subject("102", "银行存款", SubjectKind.ASSET),
            new Subject("112", "应收承包费", SubjectKind.ASSET),
            new Subject("171", "资源性资产", SubjectKind.ASSET),
            new Subject("301", "资本", SubjectKind.EQUITY),
            new Subject("511", "发包及上交收入", SubjectKind.INCOME),
            new Subject("552", "其他支出", SubjectKind.EXPENSE)));

    /** A subject of the chart: its code, its name and where it stands in the balance. */
    public record Subject(String code, String name, SubjectKind kind) {
    }

    private final String label;
    private final boolean ofEstate;
    private final List<Subject> chart;

    AccountKind(String label, boolean ofEstate, List<Subject> chart) {
        this.label = label;
        this.ofEstate = ofEstate;
        this.chart = chart;
    }

    public String label() {
        return label;
    }

    /** An estate's account (物业费, 公共收益, 维修资金) rather than a village collective's. */
    public boolean ofEstate() {
        return ofEstate;
    }

    public List<Subject> chart() {
        return chart;
    }
}
