package org.jiceng.assessment.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Component;

/** The shapes inspections and findings are shown in, with the names of places and units beside their codes. */
@Component
public class InspectionViews {

    public record InspectionView(long id, String territoryCode, String place, String title, String target,
                                 LocalDate startsOn, LocalDate endsOn) {
    }

    public record FindingView(long id, long inspectionId, String inspectionTitle, String territoryCode, Long unitId,
                              String responsible, String category, String categoryName, String description,
                              LocalDate deadline, String status, String statusName, String measures, String progress,
                              LocalDate submittedOn, LocalDate acceptedOn, Boolean onTime, boolean late, int returns,
                              int version) {
    }

    public record Event(String kind, String kindName, String note, String by, OffsetDateTime at) {
    }

    public record Evidence(long id, String fileName, String contentType, int size, OffsetDateTime uploadedAt) {
    }

    /** An evidence file as stored, for download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    public record FindingDetail(FindingView finding, List<Event> history, List<Evidence> evidence) {
    }

    private final TerritoryApi territory;
    private final Clock clock;

    InspectionViews(TerritoryApi territory, Clock clock) {
        this.territory = territory;
        this.clock = clock;
    }

    InspectionView inspection(InspectionRepository.InspectionRow i) {
        return new InspectionView(i.id(), i.territoryCode(), place(i.territoryCode()), i.title(), i.target(), i.startsOn(),
                i.endsOn());
    }

    FindingView finding(InspectionRepository.FindingRow f) {
        LocalDate today = Beijing.today(clock);
        return new FindingView(f.id(), f.inspectionId(), f.inspectionTitle(), f.territoryCode(), f.unitId(),
                responsible(f.territoryCode(), f.unitId()), f.category(), categoryName(f.category()), f.description(),
                f.deadline(), f.status().name(), f.status().label(), f.measures(), f.progress(), f.submittedOn(),
                f.acceptedOn(), f.onTime(), FindingRules.late(f.status(), f.deadline(), f.submittedOn(), today),
                f.returns(), f.version());
    }

    Event event(InspectionRepository.EventRow e) {
        return new Event(e.kind(), FindingStep.valueOf(e.kind()).label(), e.note(), e.byName(), Beijing.shown(e.at()));
    }

    Evidence evidence(InspectionRepository.EvidenceRow e) {
        return new Evidence(e.id(), e.fileName(), e.contentType(), e.size(), Beijing.shown(e.uploadedAt()));
    }

    /** The unit's name for a department's finding, else the place's name. */
    public String responsible(String territoryCode, Long unitId) {
        if (unitId != null) {
            return territory.unit(unitId).map(UnitView::name).orElse("单位 " + unitId);
        }
        return place(territoryCode);
    }

    public String place(String code) {
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    static String categoryName(String category) {
        try {
            return FindingCategory.valueOf(category).label();
        } catch (IllegalArgumentException e) {
            return category;
        }
    }
}
