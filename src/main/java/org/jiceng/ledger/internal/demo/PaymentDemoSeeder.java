package org.jiceng.ledger.internal.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jiceng.Beijing;
import org.jiceng.CjkFont;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.jiceng.ledger.internal.payment.PaymentService;
import org.jiceng.ledger.internal.voucher.VoucherService;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once (while no payment exists): 堂琅花园's 公共收益 account kept by the owners' committee
 * (yeweihui) and the property company (wuye), and 堂琅社区's collective funds kept by the community (shequ) and its
 * supervisory committee (jianwei) — each taken as found when an account with those keepers is already there. On
 * each, a payment within the threshold that posted at once and one above it waiting for its second approval.
 */
@Component
@Profile("!command")
@Order(81)
class PaymentDemoSeeder implements ApplicationRunner {

    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final DeliberationApi deliberation;
    private final IdentityApi identity;
    private final JdbcClient jdbc;
    private final Journal journal;
    private final VoucherService vouchers;
    private final PaymentService payments;
    private final Clock clock;

    PaymentDemoSeeder(DatabaseMode mode, TerritoryApi territory, DeliberationApi deliberation, IdentityApi identity,
                      JdbcClient jdbc, Journal journal, VoucherService vouchers, PaymentService payments, Clock clock) {
        this.mode = mode;
        this.territory = territory;
        this.deliberation = deliberation;
        this.identity = identity;
        this.jdbc = jdbc;
        this.journal = journal;
        this.vouchers = vouchers;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || territory.division(TANGLANG).isEmpty()
                || jdbc.sql("select exists (select 1 from ledger.payment)").query(Boolean.class).single()) {
            return;
        }
        var wuye = identity.findByUsername("wuye");
        var yeweihui = identity.findByUsername("yeweihui");
        var shequ = identity.findByUsername("shequ");
        var jianwei = identity.findByUsername("jianwei");
        CurrentUser system = new CurrentUser(0, "system", "演示数据", List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));
        var estate = deliberation.estates(system).stream().filter(e -> e.territoryCode().equals(TANGLANG)).findFirst();
        if (wuye.isPresent() && yeweihui.isPresent() && estate.isPresent()) {
            long account = account(estate.get(), "PUBLIC_INCOME", estate.get().name() + "公共收益", 500_000,
                    wuye.get(), "PROPERTY_COMPANY", yeweihui.get(), "OWNERS_COMMITTEE",
                    List.of(new String[] {"1002", "银行存款", "ASSET"}, new String[] {"4101", "停车位租金", "INCOME"},
                            new String[] {"5101", "维修支出", "EXPENSE"}, new String[] {"5102", "公共设施维护", "EXPENSE"}));
            journal.post(account, NewEntry.of(Beijing.today(clock), "收到本季度停车位租金",
                    List.of(NewEntry.Line.debit("1002", 3_600_000), NewEntry.Line.credit("4101", 3_600_000))), wuye.get().id());
            pay(wuye.get(), account, "1200.00", "单元门禁维修部", "更换 3 栋单元门禁电池", "5102");
            pay(wuye.get(), account, "6800.00", "会泽县安达电梯工程有限公司", "2 栋电梯曳引机维修", "5101");
        }
        if (shequ.isPresent() && jianwei.isPresent()) {
            long account = account(null, "COLLECTIVE_FUNDS", "堂琅社区集体资金", 300_000,
                    shequ.get(), "VILLAGE_COMMITTEE", jianwei.get(), "VILLAGE_SUPERVISOR",
                    List.of(new String[] {"1002", "银行存款", "ASSET"}, new String[] {"4201", "集体经营收入", "INCOME"},
                            new String[] {"5201", "公益事业支出", "EXPENSE"}));
            journal.post(account, NewEntry.of(Beijing.today(clock), "收到铺面租金",
                    List.of(NewEntry.Line.debit("1002", 2_400_000), NewEntry.Line.credit("4201", 2_400_000))), shequ.get().id());
            pay(shequ.get(), account, "4500.00", "堂琅社区老年协会", "重阳节敬老活动", "5201");
        }
    }

    private void pay(CurrentUser asker, long account, String amount, String payee, String purpose, String subject) {
        long voucher = vouchers.upload(asker, account, receipt(payee, purpose, amount), true).id();
        payments.ask(asker, new PaymentService.Ask(account, amount, payee, purpose, "1002",
                List.of(new PaymentService.AskLine(subject, amount)), voucher, null));
    }

    /** The account named on both keepers in these roles, or a new one with its subjects. */
    private long account(EstateView estate, String kind, String name, long threshold, CurrentUser first,
                         String firstRole, CurrentUser second, String secondRole, List<String[]> subjects) {
        var found = jdbc.sql("""
                        select a.id from ledger.account a where a.territory_code = :territory and a.kind = :kind
                          and exists (select 1 from ledger.keeper k where k.account_id = a.id and k.user_id = :first and k.role = :firstRole)
                          and exists (select 1 from ledger.keeper k where k.account_id = a.id and k.user_id = :second and k.role = :secondRole)
                        order by a.id limit 1""")
                .param("territory", TANGLANG).param("kind", kind).param("first", first.id()).param("firstRole", firstRole)
                .param("second", second.id()).param("secondRole", secondRole).query(Long.class).optional();
        if (found.isPresent()) {
            // an account the journal's demo opened has its own chart: the subjects paid from here are added to it
            addSubjects(found.get(), subjects);
            return found.get();
        }
        String county = TANGLANG.substring(0, 6);
        long id = jdbc.sql("""
                        insert into ledger.account (county, territory_code, estate_id, kind, name, approval_threshold, created_by)
                        values (:county, :territory, :estate, :kind, :name, :threshold, :by) returning id""")
                .param("county", county).param("territory", TANGLANG).param("estate", estate == null ? null : estate.id())
                .param("kind", kind).param("name", name).param("threshold", threshold).param("by", first.id())
                .query(Long.class).single();
        LocalDate since = Beijing.today(clock).withDayOfYear(1);
        for (Object[] keeper : List.of(new Object[] {first, firstRole}, new Object[] {second, secondRole})) {
            CurrentUser user = (CurrentUser) keeper[0];
            jdbc.sql("""
                            insert into ledger.keeper (account_id, county, user_id, role, name, since)
                            values (:account, :county, :user, :role, :name, :since)""")
                    .param("account", id).param("county", county).param("user", user.id()).param("role", keeper[1])
                    .param("name", user.displayName()).param("since", since).update();
        }
        addSubjects(id, subjects);
        return id;
    }

    private void addSubjects(long account, List<String[]> subjects) {
        for (String[] subject : subjects) {
            jdbc.sql("""
                            insert into ledger.subject (account_id, county, code, name, kind)
                            select id, county, :code, :name, :kind from ledger.account where id = :account
                            on conflict do nothing""")
                    .param("account", account).param("code", subject[0]).param("name", subject[1])
                    .param("kind", subject[2]).update();
        }
    }

    /** A small receipt picture, drawn so the demo has something to look at. */
    static byte[] receipt(String payee, String purpose, String amount) {
        BufferedImage image = new BufferedImage(480, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(255, 252, 240));
            g.fillRect(0, 0, 480, 260);
            g.setColor(new Color(180, 30, 30));
            g.drawRect(10, 10, 460, 240);
            g.setFont(CjkFont.standard().drawing(24f));
            g.drawString("收  据", 200, 50);
            g.setColor(Color.DARK_GRAY);
            g.setFont(CjkFont.standard().drawing(16f));
            g.drawString("收款单位：" + payee, 30, 100);
            g.drawString("事由：" + purpose, 30, 135);
            g.drawString("金额：人民币 " + amount + " 元", 30, 170);
            g.drawString("经手人：（演示数据）", 30, 205);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
