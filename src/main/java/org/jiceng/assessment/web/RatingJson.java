package org.jiceng.assessment.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jiceng.Beijing;
import org.jiceng.assessment.internal.rating.CriterionView;
import org.jiceng.assessment.internal.rating.ListEntryView;
import org.jiceng.assessment.internal.rating.RatingSettings;
import org.jiceng.assessment.internal.rating.StarRatingView;

/** The JSON of star ratings, criteria and lists, and the territory narrowing their lists share. */
final class RatingJson {

    private RatingJson() {
    }

    record Created(long id) {
    }

    record Criterion(long id, String county, String name, String measure, String measureName, String unit,
                     List<Integer> thresholds, boolean active, int version) {
        static Criterion of(CriterionView c) {
            return new Criterion(c.id(), c.county(), c.name(), c.measure().name(), c.measure().label(), c.unit(),
                    IntStream.of(c.thresholds()).boxed().toList(), c.active(), c.version());
        }
    }

    record Settings(String county, List<String> allowanceYuan, List<Long> allowanceFen, int redFlagMin, int weakMax,
                    int version) {
        static Settings of(RatingSettings s) {
            return new Settings(s.county(), IntStream.rangeClosed(0, 7).mapToObj(i -> org.jiceng.Fen.yuan(s.allowance(i)))
                    .toList(), IntStream.rangeClosed(0, 7).mapToObj(s::allowance).toList(), s.redFlagMin(),
                    s.weakMax(), s.version());
        }
    }

    record Rating(long id, long organisationId, String organisation, String territoryCode, int year,
                  int proposedStars, List<String> measures, OffsetDateTime proposedAt, String status,
                  String statusName, Integer confirmedStars, int stars, String reason, String confirmedBy,
                  OffsetDateTime confirmedAt, int version) {
        static Rating of(StarRatingView r) {
            return new Rating(r.id(), r.organisationId(), r.organisation(), r.territoryCode(), r.year(),
                    r.proposedStars(), r.measures().isEmpty() ? List.of() : List.of(r.measures().split("\n")),
                    Beijing.shown(r.proposedAt()), r.status(), r.statusLabel(), r.confirmedStars(), r.stars(),
                    r.reason(), r.confirmedByName(), r.confirmedAt() == null ? null : Beijing.shown(r.confirmedAt()),
                    r.version());
        }
    }

    record Stay(long id, String list, String listName, long organisationId, String organisation,
                String territoryCode, int enteredYear, String enteredReason, OffsetDateTime enteredAt,
                Integer leftYear, String leftAs, String leftReason, OffsetDateTime leftAt, boolean open) {
        static Stay of(ListEntryView e) {
            return new Stay(e.id(), e.list(), e.listLabel(), e.organisationId(), e.organisation(), e.territoryCode(),
                    e.enteredYear(), e.enteredReason(), Beijing.shown(e.enteredAt()), e.leftYear(), e.leftAs(),
                    e.leftReason(), e.leftAt() == null ? null : Beijing.shown(e.leftAt()), e.open());
        }
    }
}
