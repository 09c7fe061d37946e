package org.jiceng.services.internal.demo;

import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.COUNTY;
import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.GUCHENG;
import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.TANGLANG;
import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.YICHE;

import org.jiceng.CurrentUser;

/** The demo's catalogue items (written for the demo; time limits and materials are typical, not any county's rule). */
final class DemoItems {

    private static final String ID_CARD = "居民身份证";
    private static final String HOUSEHOLD_BOOK = "户口簿";

    private DemoItems() {
    }

    static void county(CatalogueDemoSeeder s, CurrentUser admin) {
        s.item(admin, "SBK-SL", COUNTY, "社会保障卡申领", "社会保障", "县人力资源和社会保障局", 10, true,
                "首次申领第三代社会保障卡（社保卡）；村（社区）可代收材料，卡制好后送到村里。",
                ID_CARD, "近期一寸白底免冠照片", "未成年人另带户口簿");
        s.item(admin, "GLJT", COUNTY, "高龄津贴申领", "老龄服务", "县民政局", 15, true,
                "年满 80 周岁的本县户籍老人按月领取高龄津贴，村（社区）可上门代办。",
                ID_CARD, HOUSEHOLD_BOOK, "本人银行卡或社会保障卡");
        s.item(admin, "DB-SQ", COUNTY, "最低生活保障申请", "社会救助", "县民政局", 30, true,
                "家庭人均收入低于当地低保标准、财产状况符合规定的，可申请最低生活保障；需经入户调查和公示。",
                ID_CARD, HOUSEHOLD_BOOK, "家庭收入和财产情况说明", "家庭经济状况核对授权书", "患病或残疾的相关证明");
        s.item(admin, "CJZ", COUNTY, "残疾人证办理", "残疾人服务", "县民政局", 20, true,
                "首次申领或换领第二代残疾人证；评残由指定医院进行，行动不便的可申请上门评残。",
                ID_CARD, HOUSEHOLD_BOOK, "近期二寸白底免冠照片 3 张", "相关病历或诊断证明");
        s.item(admin, "HK-QY", COUNTY, "户口迁移", "户籍", "县公安局", 5, false,
                "因购房、投靠、婚姻等原因迁移户口，须本人到派出所办理。",
                ID_CARD, HOUSEHOLD_BOOK, "迁入地住所证明（房产证或购房合同）", "投靠或婚姻关系证明");
        s.item(admin, "LNZ", COUNTY, "老年人优待证办理", "老龄服务", "县民政局", 5, true,
                "年满 60 周岁的老人可办理老年人优待证，乘车、游园等享受优待。",
                ID_CARD, "近期一寸白底免冠照片");
        s.item(admin, "GZF-SQ", COUNTY, "公共租赁住房申请", "住房保障", "县住房和城乡建设局", 20, true,
                "城镇住房困难家庭、新就业无房职工等可申请公共租赁住房，经审核、公示后轮候配租。",
                ID_CARD, HOUSEHOLD_BOOK, "家庭收入证明", "住房情况声明", "婚姻状况证明");
        s.item(admin, "CSYXZM", COUNTY, "出生医学证明", "生育", "县卫生健康局", 0, false,
                "新生儿出生后由助产医院签发《出生医学证明》，父母携证件到医院办理。",
                "父母双方居民身份证", "结婚证（如有）");
        s.item(admin, "HK-DJ", COUNTY, "新生儿户口登记", "户籍", "县公安局", 0, true,
                "新生儿出生一个月内到户籍所在地派出所申报户口。",
                "出生医学证明", "父母双方居民身份证", HOUSEHOLD_BOOK, "结婚证（如有）");
        s.item(admin, "YB-CB", COUNTY, "城乡居民医保参保登记", "医疗保障", "县医疗保障局", 0, true,
                "未参加职工医保的城乡居民按年参加居民医保；新生儿出生当年参保可享受当年待遇。",
                ID_CARD + "或户口簿");
        s.item(admin, "HK-ZX", COUNTY, "死亡人员户口注销", "户籍", "县公安局", 0, true,
                "居民死亡后，家属持死亡证明到派出所注销户口。",
                "居民死亡医学证明（推断）书", "死者居民身份证和户口簿", "办理人居民身份证");
        s.item(admin, "SZBZ", COUNTY, "丧葬补助金和抚恤金申领", "社会保障", "县人力资源和社会保障局", 10, true,
                "参加基本养老保险的人员死亡后，其遗属可申领丧葬补助金和抚恤金。",
                "死亡证明或户口注销证明", "申领人居民身份证", "申领人与死者的关系证明", "申领人银行卡");
    }

    static void town(CatalogueDemoSeeder s, CurrentUser town) {
        s.item(town, "JSJT-FZ", GUCHENG, "计划生育家庭奖励扶助", "计划生育", "县卫生健康局", 20, true,
                "符合条件的农村计划生育家庭夫妻年满 60 周岁后按年领取奖励扶助金，每年集中申报一次。",
                ID_CARD, HOUSEHOLD_BOOK, "独生子女父母光荣证或相关证明");
        s.item(town, "LSJZ", GUCHENG, "临时救助申请", "社会救助", "古城街道社会事务办公室", 10, true,
                "因火灾、交通事故、突发重病等导致基本生活暂时困难的家庭，可申请临时救助；情况紧急的先行救助。",
                ID_CARD, HOUSEHOLD_BOOK, "困难情况说明及相关证明");
        s.item(town, "SQZM", TANGLANG, "社区证明开具", "便民服务", "堂琅社区居民委员会", 0, false,
                "居住、家庭关系等社区能够核实的事项，当场开具证明；不能核实的说明理由。",
                ID_CARD, "需证明事项的相关材料");
        s.item(town, "TYJR-YDZ", TANGLANG, "退役军人优待证办理", "退役军人服务", "县退役军人事务局", 20, true,
                "退役军人和其他优抚对象申领优待证，由社区退役军人服务站代收材料。",
                ID_CARD, "退役证或相关身份证明", "近期二寸白底免冠照片");
    }

    static void otherTown(CatalogueDemoSeeder s, CurrentUser yiche) {
        s.item(yiche, "GDDL-BT", YICHE, "耕地地力保护补贴申报", "农业补贴", "县农业农村局", 30, true,
                "承包耕地的农户每年申报耕地地力保护补贴，由村组汇总、乡镇核实后发放。",
                ID_CARD, "土地承包经营权证或承包合同", "一卡通（惠农）存折");
    }

    static void bundles(CatalogueDemoSeeder s, CurrentUser admin) {
        s.bundle(admin, "YJS-XSE", "新生儿出生一件事", "县卫生健康局", 10,
                "出生医学证明、户口登记、医保参保和社会保障卡申领一次提交、一并办理，不再来回跑。",
                "CSYXZM", "HK-DJ", "YB-CB", "SBK-SL");
        s.bundle(admin, "YJS-SH", "身后一件事", "县公安局", 10,
                "家属一次提交材料，户口注销、丧葬补助金和抚恤金申领一并办理。",
                "HK-ZX", "SZBZ");
    }
}
