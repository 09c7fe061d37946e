package org.jiceng.mediation.internal;

import org.jiceng.CjkFont;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.PartyRole;
import org.jiceng.mediation.RiskLevel;
import org.junit.jupiter.api.Test;

class AgreementPdfTests {

    static DisputeDetail agreed() {
        OffsetDateTime at = OffsetDateTime.parse("2026-05-20T10:00+08:00");
        DisputeView view = new DisputeView(1, "530326-2026-00001", "相邻通行纠纷", "两家因院墙占道发生争执", DisputeType.NEIGHBOUR,
                RiskLevel.YELLOW, MediationLevel.VILLAGE, DisputeState.AGREED, "530326001001", null, "shequ", at, at,
                null, null, 3);
        return new DisputeDetail(view,
                List.of(new DisputeDetail.Party(1, "张秀英", PartyRole.APPLICANT, false, "138****1234", null),
                        new DisputeDetail.Party(2, "李国华", PartyRole.RESPONDENT, false, null, null)),
                List.of(new DisputeDetail.Mediator(1, "王律师", MediatorKind.LAWYER, "云南会泽律师事务所")),
                List.of(), new DisputeDetail.Agreement("李家院墙占用通道约半米", "李国华于六月底前拆除占道部分院墙，张秀英承担一半费用",
                "双方于2026年6月30日前履行", at, "shequ"), List.of(), List.of());
    }

    @Test
    void theAgreementPdfCarriesPartiesTermsAndPlacesToSignInChinese() throws Exception {
        byte[] pdf = new AgreementPdf(CjkFont.standard()).render(agreed(), "堂琅社区人民调解委员会");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("人民调解协议书", "530326-2026-00001", "申请人：张秀英", "被申请人：李国华",
                    "拆除占道部分院墙", "调解员（签名）：王律师", "人民调解委员会（印章）", "2026年5月20日");
            assertThat(text).doesNotContain("138");
        }
    }

    /** Runs where a system CJK font is installed (e.g. Debian's fonts-wqy-zenhei); skipped elsewhere. */
    @Test
    void aSystemChineseFontIsEmbeddedAsASubsetAndTheTextStillReadsBack() throws Exception {
        String font = CjkFont.SYSTEM_FONTS.getFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of(font.substring(0, font.lastIndexOf(',')))),
                "没有安装文泉驿正黑字体（fonts-wqy-zenhei），跳过嵌入字体的检查");
        CjkFont chosen = CjkFont.choose(font);
        assertThat(chosen.description()).contains("嵌入");
        byte[] pdf = new AgreementPdf(chosen).render(agreed(), "堂琅社区人民调解委员会");
        assertThat(pdf.length).isLessThan(1_000_000);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "agreement-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("人民调解协议书", "申请人：张秀英", "拆除占道部分院墙");
        }
    }

    @Test
    void aMissingConfiguredFontFallsBackToAUsableOne() {
        CjkFont font = CjkFont.choose("/nowhere/no-such-font.ttc,0");
        assertThat(font.font()).isNotNull();
        assertThat(font.description()).isNotBlank();
    }
}
