package org.jiceng.mediation.internal;

import org.jiceng.CjkFont;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeView;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The agreement of a dispute for print: the committee that mediated it, and the PDF. */
@Service
public class AgreementDocuments {

    private final DisputeService disputes;
    private final TerritoryApi territory;
    private final AgreementPdf pdf;

    AgreementDocuments(DisputeService disputes, TerritoryApi territory, @Value("${jiceng.pdf.cjk-font:}") String font) {
        this.disputes = disputes;
        this.territory = territory;
        this.pdf = new AgreementPdf(CjkFont.choose(font));
    }

    /** The dispute with its agreement, if {@code user} reads it; 404 when there is none (yet). */
    public DisputeDetail agreed(CurrentUser user, long id) {
        DisputeDetail detail = disputes.detail(user, id);
        if (detail.agreement() == null) {
            throw new NotFoundException("矛盾纠纷 " + detail.dispute().number() + " 尚未达成调解协议");
        }
        return detail;
    }

    public byte[] pdf(CurrentUser user, long id) {
        DisputeDetail detail = agreed(user, id);
        return pdf.render(detail, organisation(detail.dispute()));
    }

    /** Who mediated: 堂琅社区人民调解委员会, 古城街道矛盾调解中心, 会泽县矛盾纠纷联合调处中心. */
    public String organisation(DisputeView d) {
        String village = d.territoryCode().substring(0, 12);
        return switch (d.level()) {
            case GRID -> name(village) + "人民调解委员会（网格调解）";
            case VILLAGE -> name(village) + "人民调解委员会";
            case TOWN -> name(village.substring(0, 9)) + "矛盾调解中心";
            case COUNTY -> name(village.substring(0, 6)) + "矛盾纠纷联合调处中心";
        };
    }

    /** The short name people use: 堂琅社区 for 堂琅社区居民委员会, 青云村 for 青云村村民委员会. */
    private String name(String code) {
        String name = territory.division(code).map(DivisionView::name).orElse(code);
        if (name.endsWith("居民委员会")) {
            return name.substring(0, name.length() - 5);
        }
        if (name.endsWith("村民委员会")) {
            String village = name.substring(0, name.length() - 5);
            return village.endsWith("村") ? village : village + "村";
        }
        return name;
    }
}
