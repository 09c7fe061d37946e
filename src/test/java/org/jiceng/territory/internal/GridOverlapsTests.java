package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class GridOverlapsTests {

    static Polygon square(double lon, double lat, double side) {
        return MicroDegrees.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + side, lat), new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side),
                new Coordinate(lon, lat)});
    }

    static final GridShape NEIGHBOUR = new GridShape("530326103001001", "迤车网格", "530326103001", square(103.5, 26.5, 0.01));

    @Test
    void aGridOverAnotherVillagesGridConflicts() {
        GridShape grab = new GridShape("530326001001990", "圈地", "530326001001", square(103.505, 26.505, 0.01));
        var conflict = GridOverlaps.first(List.of(grab), List.of(NEIGHBOUR));
        assertThat(conflict).isPresent();
        assertThat(conflict.get().otherCode()).isEqualTo(NEIGHBOUR.code());
    }

    @Test
    void aGridBesideAnotherVillagesGridDoesNot() {
        GridShape beside = new GridShape("530326001001990", "邻接", "530326001001", square(103.51, 26.5, 0.01));
        assertThat(GridOverlaps.first(List.of(beside), List.of(NEIGHBOUR))).isEmpty();
    }

    @Test
    void aGridRedrawingItsOwnVillagesGridDoesNot() {
        GridShape redrawn = new GridShape("530326103001002", "重划", "530326103001", square(103.505, 26.505, 0.01));
        assertThat(GridOverlaps.first(List.of(redrawn), List.of(NEIGHBOUR))).isEmpty();
    }

    @Test
    void twoImportedGridsOfDifferentVillagesMayNotOverlapEachOther() {
        GridShape one = new GridShape("530326001001990", "甲", "530326001001", square(103.0, 26.0, 0.01));
        GridShape two = new GridShape("530326001002990", "乙", "530326001002", square(103.005, 26.0, 0.01));
        assertThat(GridOverlaps.first(List.of(one, two), List.of())).isPresent();
    }

    @Test
    void aSliverWhereRoundedBordersMeetIsNotAConflict() {
        GridShape sliver = new GridShape("530326001001990", "细缝", "530326001001", square(103.51 - 0.000002, 26.5, 0.01));
        assertThat(GridOverlaps.first(List.of(sliver), List.of(NEIGHBOUR))).isEmpty();
    }

    @Test
    void theDemoCountysOwnGridsPassTheCheck() {
        assertThat(GridOverlaps.first(DemoCounty.sharedLayout().grids(), List.of())).isEmpty();
    }
}
