package org.jiceng.ledger.internal.journal;

import java.util.List;
import org.jiceng.platform.Command;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code ./jiceng verify-ledger [账本编号]}: recomputes every entry's hash and link of one account or of all, and
 * prints per account how many entries were checked and the first that does not match. Exit code 1 when any
 * chain is broken, so a nightly job can raise the alarm.
 */
@Component
class VerifyLedgerCommand implements Command {

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;

    VerifyLedgerCommand(ChainVerifier verifier, JdbcClient jdbc) {
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "verify-ledger";
    }

    @Override
    public String usage() {
        return "verify-ledger [账本编号；不填为全部]   逐笔核对公开账本的哈希链，指出第一笔对不上的分录";
    }

    @Override
    public int run(List<String> args) {
        if (args.size() > 1 || (args.size() == 1 && !args.getFirst().matches("[0-9]{1,18}"))) {
            System.err.println("用法：./jiceng " + usage());
            return 2;
        }
        record Named(long id, String name, long head) {
        }
        List<Named> accounts = jdbc.sql("select id, name, head_seq from ledger.account"
                        + (args.isEmpty() ? "" : " where id = :id") + " order by id")
                .params(args.isEmpty() ? java.util.Map.of() : java.util.Map.of("id", Long.parseLong(args.getFirst())))
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        if (accounts.isEmpty()) {
            System.err.println(args.isEmpty() ? "还没有账本" : "账本 " + args.getFirst() + " 不存在");
            return args.isEmpty() ? 0 : 1;
        }
        int broken = 0;
        for (Named account : accounts) {
            long started = System.nanoTime();
            ChainVerifier.Verdict verdict = verifier.verify(account.id(), checked -> {
                if (account.head() > ChainVerifier.SLICE) {
                    System.out.printf("  账本 %d：已核对 %,d / %,d 笔%n", account.id(), checked, account.head());
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (verdict.intact()) {
                System.out.printf("账本 %d %s：核对 %,d 笔，哈希链完整，链头 %s（%.1f 秒）%n", account.id(), account.name(),
                        verdict.checked(), verdict.head(), seconds);
            } else {
                broken++;
                System.out.printf("账本 %d %s：核对 %,d 笔后发现问题，第一笔对不上的是第 %d 笔：%s%n", account.id(),
                        account.name(), verdict.checked(), verdict.firstBadSeq(), verdict.problem());
            }
        }
        System.out.println(broken == 0 ? "全部 " + accounts.size() + " 个账本核对无误" : broken + " 个账本的哈希链对不上");
        return broken == 0 ? 0 : 1;
    }
}
