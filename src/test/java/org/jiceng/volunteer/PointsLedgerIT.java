package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.points.PointsAwards;
import org.jiceng.volunteer.internal.store.StoreGoods;
import org.jiceng.volunteer.internal.store.StoreMovements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random sequences (jqwik) of credits (donations that earn points), debits (redemptions at random prices) and
 * reversals, run on the real ledger: a debit beyond the balance is refused and changes nothing, the balance always
 * equals the sum of the entries and never goes below zero, and every entry traces to the record that caused it.
 */
@AppTest
class PointsLedgerIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoreGoods goods;

    @Autowired
    StoreMovements movements;

    @Autowired
    PointsAwards awards;

    sealed interface Op {
    }

    record Credit(long points) implements Op {
    }

    record Debit(int good) implements Op {
    }

    record Reverse(int pick) implements Op {
    }

    static final long[] PRICES = {1, 7, 25, 60};

    @Test
    void balancesEqualTheSumOfEntriesNeverGoNegativeAndEveryEntryTracesToItsSource() {
        CurrentUser staff = identity.findByUsername("shequ").orElseThrow();
        List<Long> shelf = new ArrayList<>();
        for (long price : PRICES) {
            shelf.add(goods.create(staff, new StoreGoods.GoodForm(PointsPeople.TANGLANG, "性质测试商品" + price, price,
                    100_000, true, null)).id());
        }
        Arbitrary<Op> op = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 80).map(n -> (Op) new Credit(n)),
                Arbitraries.integers().between(0, PRICES.length - 1).map(g -> (Op) new Debit(g)),
                Arbitraries.integers().between(0, 1000).map(i -> (Op) new Reverse(i)));
        PointsPeople people = new PointsPeople(port, identity, volunteers, events, transaction, jdbc);
        var sequences = op.list().ofMinSize(1).ofMaxSize(25).sampleStream().limit(15).toList();
        int run = 0;
        for (List<Op> sequence : sequences) {
            var p = people.resident("ledger-prop-" + (run++), PointsPeople.TANGLANG);
            CurrentUser self = identity.findByUsername(p.username()).orElseThrow();
            long model = 0;
            List<long[]> reversible = new ArrayList<>();   // entry id, points
            for (Op o : sequence) {
                switch (o) {
                    case Credit c -> {
                        var m = movements.donate(staff, shelf.getFirst(), new StoreMovements.Donation("测试捐赠", 1,
                                p.volunteerId(), c.points()));
                        model += c.points();
                        reversible.add(new long[] {m.entryId(), c.points()});
                    }
                    case Debit d -> {
                        long price = PRICES[d.good()];
                        if (price > model) {
                            assertThatThrownBy(() -> movements.redeem(self, shelf.get(d.good()), 1))
                                    .isInstanceOf(ConflictException.class).hasMessageContaining("积分不足");
                        } else {
                            movements.redeem(self, shelf.get(d.good()), 1);
                            model -= price;
                        }
                    }
                    case Reverse r -> {
                        if (reversible.isEmpty()) {
                            continue;
                        }
                        long[] target = reversible.get(r.pick() % reversible.size());
                        if (target[1] > model) {
                            assertThatThrownBy(() -> awards.reverse(staff, target[0], "性质测试"))
                                    .isInstanceOf(ConflictException.class);
                        } else {
                            awards.reverse(staff, target[0], "性质测试");
                            model -= target[1];
                            reversible.remove(target);
                        }
                    }
                }
                assertInvariants(p.volunteerId(), model);
            }
        }
    }

    private void assertInvariants(long volunteer, long model) {
        long balance = jdbc.sql("select coalesce((select balance from volunteer.points_account where volunteer_id = :v), 0)")
                .param("v", volunteer).query(Long.class).single();
        long sum = jdbc.sql("select coalesce(sum(points), 0) from volunteer.points_entry where volunteer_id = :v")
                .param("v", volunteer).query(Long.class).single();
        assertThat(balance).isEqualTo(sum).isEqualTo(model).isNotNegative();
        assertThat(jdbc.sql("select count(*) from volunteer.points_entry where volunteer_id = :v and balance_after < 0")
                .param("v", volunteer).query(Long.class).single()).isZero();
        // every entry traces: a donation or redemption to its store movement, a reversal to the entry it undoes
        long untraced = jdbc.sql("""
                        select count(*) from volunteer.points_entry e where e.volunteer_id = :v and not (
                          (e.source_kind in ('DONATION', 'REDEMPTION') and exists (select 1 from volunteer.store_movement m
                              where m.county = e.county and m.id = e.source_id and m.entry_id = e.id))
                          or (e.source_kind = 'REVERSAL' and exists (select 1 from volunteer.points_entry x
                              where x.county = e.county and x.id = e.source_id and x.volunteer_id = e.volunteer_id
                                and x.points = -e.points)))""")
                .param("v", volunteer).query(Long.class).single();
        assertThat(untraced).isZero();
    }
}
