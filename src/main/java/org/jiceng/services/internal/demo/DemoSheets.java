package org.jiceng.services.internal.demo;

import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.COUNTY;
import static org.jiceng.services.internal.demo.CatalogueDemoSeeder.GUCHENG;

import java.util.List;
import java.util.Objects;
import org.jiceng.CurrentUser;
import org.jiceng.services.internal.policy.SheetForm;

/** The demo's 政策一页通 sheets, in plain Chinese (written for the demo: amounts are left to the published standards). */
final class DemoSheets {

    private DemoSheets() {
    }

    static void all(CatalogueDemoSeeder s, CurrentUser admin, CurrentUser town) {
        long elderly = sheet(s, admin, COUNTY, "高龄津贴怎么领", "高龄津贴", "会泽县民政局", List.of(
                "谁能领：本县户籍、年满 80 周岁的老人。",
                "领多少：按年龄段每月发放，具体标准以县民政局当年公布的为准，直接打到老人本人的社保卡或银行卡。",
                "怎么办：带上身份证、户口簿和银行卡到村（社区）便民服务站申请；老人行动不便的，打个电话，代办员上门办。",
                "要多久：材料齐全的，15 个工作日内审核完，次月开始发放。"),
                codes(s, "GLJT", "LNZ"));
        // a second version: the county added where to ask, so the history shows a replaced version
        s.sheets().editDraft(admin, elderly, new SheetForm(null, null, null, List.of(
                "谁能领：本县户籍、年满 80 周岁的老人。",
                "领多少：按年龄段每月发放，具体标准以县民政局当年公布的为准，直接打到老人本人的社保卡或银行卡。",
                "怎么办：带上身份证、户口簿和银行卡到村（社区）便民服务站申请；老人行动不便的，打个电话，代办员上门办。",
                "要多久：材料齐全的，15 个工作日内审核完，次月开始发放。",
                "还要注意：老人去世或户口迁出本县的，家属要及时告诉村（社区），多领的钱要退回。"),
                null, null, null));
        s.sheets().publish(admin, elderly);
        sheet(s, admin, COUNTY, "低保申请须知", "低保", "会泽县民政局", List.of(
                "什么是低保：家里人均收入低于当地低保标准、家里财产也符合规定的，可以申请，按月领低保金。",
                "怎么申请：户主或家里人带身份证、户口簿，到村（社区）提出申请，写清楚家里收入和困难情况，签一份核对家庭经济状况的授权书。",
                "会怎么审：乡镇（街道）派人入户调查，核对收入和财产，在村（社区）公示 7 天，没有问题的由县民政局审批。",
                "要多久：一般 30 个工作日内办结。",
                "家里情况变了：收入增加、人口变化的，要主动告诉村（社区），按规定调整或停发。"),
                codes(s, "DB-SQ", "LSJZ"));
        sheet(s, admin, COUNTY, "残疾人两项补贴", "残疾人两项补贴", "会泽县民政局", List.of(
                "两项补贴是什么：困难残疾人生活补贴和重度残疾人护理补贴。",
                "谁能领：持有第二代残疾人证、本县户籍的残疾人。生活补贴给低保家庭中的残疾人；护理补贴给残疾等级为一级、二级的残疾人。",
                "先办残疾人证：还没有证的，先在村（社区）申请评残办证，行动不便的可以申请上门评残。",
                "怎么领：带上残疾人证、身份证、户口簿到村（社区）申请，村里可以代办，审核后按月发放。"),
                codes(s, "CJZ", "DB-SQ"));
        sheet(s, admin, COUNTY, "新生儿出生一件事", "新生儿出生", "会泽县人民政府办公室", List.of(
                "孩子出生后，以前要跑医院、派出所、医保、人社好几个地方，现在一次提交材料，一并办理。",
                "能一起办的：出生医学证明、户口登记、城乡居民医保参保、社会保障卡申领。",
                "要带什么：父母身份证、户口簿、结婚证（如有）、孩子的一寸照片。",
                "在哪里办：出生医院的服务窗口，或者村（社区）便民服务站代办。",
                "提醒：孩子出生当年参加居民医保，当年就能报销；户口要在出生一个月内登记。"),
                codes(s, "YJS-XSE", "CSYXZM", "HK-DJ", "YB-CB", "SBK-SL"));
        sheet(s, admin, COUNTY, "城乡居民医保参保缴费", "城乡居民医保", "会泽县医疗保障局", List.of(
                "谁要参保：没有参加职工医保的城乡居民，包括老人、孩子和在校学生。",
                "什么时候交：每年集中缴费期内缴纳下一年的费用，缴费标准以当年公布的为准。",
                "怎么交：可以用手机缴费，也可以到村（社区）找代办员帮忙。",
                "有困难的：低保对象、特困人员等，个人缴费部分按规定给予资助。"),
                codes(s, "YB-CB"));
        sheet(s, town, GUCHENG, "遇到急难事，可以申请临时救助", "临时救助", "古城街道办事处", List.of(
                "家里遇到火灾、车祸、突发重病等，一下子生活困难的，可以申请临时救助。",
                "到哪里申请：向所在社区或街道社会事务办公室提出，情况紧急的可以先救助、后补手续。",
                "要带什么：身份证、户口簿和困难情况的证明，比如医院的票据、事故证明。"),
                codes(s, "LSJZ"));
    }

    private static long sheet(CatalogueDemoSeeder s, CurrentUser user, String territory, String title, String topic,
                              String publisher, List<String> paragraphs, List<Long> items) {
        long id = s.sheets().create(user, new SheetForm(territory, title, topic, paragraphs, items, publisher, null)).id();
        s.sheets().publish(user, id);
        return id;
    }

    private static List<Long> codes(CatalogueDemoSeeder s, String... codes) {
        return java.util.Arrays.stream(codes).map(s::id).filter(Objects::nonNull).toList();
    }
}
