package org.jiceng.assessment.internal.demo;

import java.util.List;
import org.jiceng.assessment.internal.lists.PowerLists.ItemRequest;
import org.jiceng.assessment.internal.lists.PowerLists.StepRequest;

/** The demo county's lists, written plainly as a county would publish them. */
final class PowerListDemoContent {

    private PowerListDemoContent() {
    }

    private static ItemRequest item(String category, String name, String basis, String... steps) {
        List<StepRequest> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < steps.length; i += 2) {
            parsed.add(new StepRequest(steps[i], steps[i + 1]));
        }
        return new ItemRequest(category, name, basis, null, parsed);
    }

    static final String COMMITTEES = "村(社区)“两委”联席会议";
    static final String REPRESENTATIVES = "村民(居民)代表会议";
    static final String SUPERVISORS = "村(居)务监督委员会";

    static List<ItemRequest> microPower() {
        return List.of(
                item("重大事项决策", "村级重大事项决策", "《村民委员会组织法》、“四议两公开”工作法",
                        "村党组织提议", "村党组织会议", "“两委”商议", COMMITTEES, "党员大会审议", "党员大会",
                        "村民代表会议决议", REPRESENTATIVES, "决议和实施结果公开", SUPERVISORS),
                item("集体资金管理", "村级集体资金支出", "《农村集体经济组织财务制度》",
                        "经办人填写支出单并附票据", "经办人", "村监委会审核", SUPERVISORS,
                        "村党组织书记审批（限额以上报村民代表会议）", "村党组织书记", "镇(街道)三资中心记账", "镇(街道)农村集体三资管理中心",
                        "按月公开", SUPERVISORS),
                item("集体资产资源", "集体资产资源出租、发包", "《农村集体经济组织财务制度》",
                        "提出方案", COMMITTEES, "村民代表会议表决", REPRESENTATIVES, "公开招标或竞价", "镇(街道)公共资源交易平台",
                        "签订合同并备案", "村民委员会", "结果公开", SUPERVISORS),
                item("工程项目", "村级小型工程项目建设", "《招标投标法》及县村级工程管理办法",
                        "项目提议和预算", COMMITTEES, "村民代表会议表决", REPRESENTATIVES, "选定施工方", "镇(街道)公共资源交易平台",
                        "施工监督", SUPERVISORS, "竣工验收并公开", "村民委员会、村监委会"),
                item("民生保障", "低保、特困供养申请初审", "《社会救助暂行办法》",
                        "群众提出申请", "申请人", "入户调查", "村(社区)民政协理员", "民主评议", "村民代表会议",
                        "张榜公示 7 天", "村民委员会", "报镇(街道)审核", "镇(街道)民政办"),
                item("民生保障", "临时救助申请", "《社会救助暂行办法》",
                        "受理申请", "村(社区)便民服务站", "核实情况并签署意见", "村民委员会", "报镇(街道)审批", "镇(街道)民政办"),
                item("土地管理", "农村宅基地申请审查", "《土地管理法》、县宅基地管理办法",
                        "农户提出申请", "申请人", "村民小组会议讨论", "村民小组会议", "村级审查并公示", "村民委员会",
                        "报镇(街道)审批", "镇(街道)人民政府"),
                item("土地管理", "土地承包经营权流转备案", "《农村土地承包法》",
                        "流转双方签订合同", "承包户与受让方", "村级登记备案", "村民委员会"),
                item("证明出具", "出具各类证明", "县村级证明事项清单",
                        "群众提出申请", "申请人", "核实情况", "村(社区)干部", "出具证明并登记", "村民委员会"),
                item("人员管理", "村(社区)聘用人员", "县村级组织人员管理办法",
                        "提出用人方案", COMMITTEES, "公开招聘", "村民委员会", "报镇(街道)备案", "镇(街道)组织办"),
                item("党务管理", "发展党员", "《中国共产党发展党员工作细则》",
                        "确定入党积极分子", "村党组织委员会", "确定发展对象并公示", "村党组织委员会", "支部大会讨论", "党员大会",
                        "报上级党委审批", "镇(街道)党(工)委"),
                item("党务管理", "党员评议和处置不合格党员", "《中国共产党党员教育管理工作条例》",
                        "民主评议", "党员大会", "提出处置意见", "村党组织委员会", "报上级党委审批", "镇(街道)党(工)委"));
    }

    static List<ItemRequest> admission() {
        return List.of(
                item("党的建设", "协助开展党员教育管理和组织生活", null),
                item("党的建设", "协助做好村(社区)“两委”换届相关工作", null),
                item("社会治理", "协助开展矛盾纠纷排查化解", null),
                item("社会治理", "协助开展网格化服务管理和人口信息采集", null),
                item("平安建设", "协助开展防汛、森林防火和安全隐患排查", null),
                item("民生保障", "协助开展社会救助对象初审和动态管理", null),
                item("民生保障", "协助开展城乡居民医保、养老保险参保动员", null),
                item("乡村振兴", "协助开展防返贫动态监测和帮扶", null),
                item("乡村振兴", "协助开展人居环境整治", null),
                item("公共服务", "协助开展退役军人服务保障", null),
                item("公共服务", "协助开展爱国卫生和疫情防控", null),
                item("公共服务", "协助开展征兵宣传和兵役登记", null),
                item("公共服务", "协助开展统计调查和普查", null));
    }

    static List<ItemRequest> townDuties() {
        return List.of(
                item("党的建设", "领导辖区村(社区)党组织建设", "《中国共产党农村基层组织工作条例》"),
                item("社会治理", "组织开展矛盾纠纷多元化解", "《人民调解法》"),
                item("社会治理", "统筹网格化服务管理", "县网格化服务管理办法"),
                item("民生保障", "审核低保、特困供养申请", "《社会救助暂行办法》",
                        "受理村(社区)报送材料", "镇(街道)民政办", "入户核查", "镇(街道)民政办", "审核并报县民政局审批", "镇(街道)人民政府"),
                item("三资监管", "管理村级集体资金资产资源", "《农村集体经济组织财务制度》"),
                item("安全生产", "开展辖区安全生产检查", "《安全生产法》"));
    }
}
