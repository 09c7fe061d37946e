package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Receipts: typed by their bytes, limited in size, kept with their SHA-256, covered for the account's readers. */
@AppTest
class VoucherApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    PaymentBooks books;
    long account;
    Http wuye;

    @BeforeEach
    void anAccountKeptByThePropertyCompany() {
        books = new PaymentBooks(jdbc, identity);
        account = books.account(500_00);
        books.keeper(account, "wuye", "PROPERTY_COMPANY").keeper(account, "yeweihui", "OWNERS_COMMITTEE");
        wuye = Http.as(port, "wuye");
    }

    static byte[] receipt() throws IOException {
        BufferedImage image = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 50);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Posts a payment at the threshold with the voucher, so an entry of the journal cites it. */
    void post(long voucher) {
        var asked = wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "1.00", voucher));
        assertThat(asked.json().get("state").asString()).isEqualTo("POSTED");
    }

    Http.Response upload(Http as, String name, String type, byte[] content) {
        return as.postFile("/api/v1/ledger/vouchers", Map.of("accountId", String.valueOf(account)), "file", name, type, content);
    }

    @Test
    void theTypeIsReadFromTheBytesNotTheNameAndTheSha256IsKept() throws Exception {
        var disguised = upload(wuye, "receipt.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes());
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.detail()).contains("JPEG、PNG");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
        var renamed = upload(wuye, "receipt.txt", "text/plain", pdf);
        assertThat(renamed.status()).isEqualTo(201);
        assertThat(renamed.json().get("contentType").asString()).isEqualTo("application/pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(renamed.json().get("sha256").asString()).isEqualTo(sha);
        var original = Http.as(port, "yeweihui").download("/api/v1/ledger/vouchers/" + renamed.json().get("id").asLong());
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).startsWith("application/pdf");
        assertThat(original.body()).isEqualTo(pdf);
    }

    @Test
    void aReceiptOverTenMegabytesIsRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        var answer = upload(wuye, "big.jpg", "image/jpeg", big);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.detail()).contains("10 MB");
    }

    @Test
    void theOriginalIsForKeepersAndOversightAndTheCoveredCopyForTheAccountsReaders() throws IOException {
        byte[] original = receipt();
        long id = upload(wuye, "r.jpg", "image/jpeg", original).json().get("id").asLong();
        post(id);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/ledger/vouchers/" + id + "/public").status()).isEqualTo(404);

        var covered = wuye.putJson("/api/v1/ledger/vouchers/" + id + "/cover",
                "{\"boxes\": [{\"x\": 0.5, \"y\": 0, \"width\": 0.5, \"height\": 1}]}");
        assertThat(covered.status()).as(covered.body()).isEqualTo(200);
        assertThat(covered.json().get("covered").asBoolean()).isTrue();

        var shown = jumin.download("/api/v1/ledger/vouchers/" + id + "/public");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.contentType()).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(shown.body()));
        assertThat(image.getRGB(75, 25) & 0xffffff).isZero();
        assertThat(image.getRGB(10, 25) & 0xff).isGreaterThan(200);

        assertThat(wuye.download("/api/v1/ledger/vouchers/" + id).body()).isEqualTo(original);
        assertThat(Http.as(port, "jijian").download("/api/v1/ledger/vouchers/" + id).body()).isEqualTo(original);
        for (String user : List.of("jumin", "yiche", "bumen", "jianwei")) {
            assertThat(Http.as(port, user).get("/api/v1/ledger/vouchers/" + id).status()).as(user).isIn(403, 404);
        }
        for (String user : List.of("yiche", "bumen", "jianwei")) {
            assertThat(Http.as(port, user).get("/api/v1/ledger/vouchers/" + id + "/public").status()).as(user).isIn(403, 404);
        }
    }

    @Test
    void aPdfIsCoveredByUploadingACoveredCopy() {
        long id = upload(wuye, "r.pdf", "application/pdf", "%PDF-1.4\n原件\n".getBytes()).json().get("id").asLong();
        post(id);
        var boxes = wuye.putJson("/api/v1/ledger/vouchers/" + id + "/cover",
                "{\"boxes\": [{\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}]}");
        assertThat(boxes.status()).isEqualTo(400);
        byte[] copy = "%PDF-1.4\n遮盖后\n".getBytes();
        var answer = wuye.postFile("/api/v1/ledger/vouchers/" + id + "/covered", Map.of(), "file", "c.pdf", "application/pdf", copy);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").download("/api/v1/ledger/vouchers/" + id + "/public").body()).isEqualTo(copy);
    }

    @Test
    void aReceiptWithNothingToCoverIsPublishedAsIsOnceItsPaymentIsInTheJournal() throws IOException {
        byte[] original = receipt();
        var answer = wuye.postFile("/api/v1/ledger/vouchers", Map.of("accountId", String.valueOf(account), "publicAsIs", "true"),
                "file", "r.jpg", "image/jpeg", original);
        long id = answer.json().get("id").asLong();
        Http jumin = Http.as(port, "jumin");
        var beforeItIsPaid = jumin.get("/api/v1/ledger/vouchers/" + id + "/public");
        assertThat(beforeItIsPaid.status()).isEqualTo(404);
        assertThat(beforeItIsPaid.detail()).contains("尚未入账");
        post(id);
        assertThat(jumin.download("/api/v1/ledger/vouchers/" + id + "/public").body()).isEqualTo(original);
    }

    @Test
    void onlyTheAccountsBookkeepersUploadAndCover() throws IOException {
        String otherKeeper = books.person("voucher-other-keeper", Role.PROPERTY_COMPANY);
        books.keeper(books.account(0), otherKeeper, "PROPERTY_COMPANY");
        long id = upload(wuye, "r.jpg", "image/jpeg", receipt()).json().get("id").asLong();
        for (String user : List.of("yiche", "jumin", "bumen", "jianwei", otherKeeper)) {
            Http as = Http.as(port, user);
            assertThat(upload(as, "r.jpg", "image/jpeg", receipt()).status()).as(user).isIn(403, 404);
            assertThat(as.putJson("/api/v1/ledger/vouchers/" + id + "/cover",
                    "{\"boxes\": [{\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}]}").status()).as(user).isIn(403, 404);
        }
        assertThat(jdbc.sql("select count(*) from ledger.voucher where account_id = :a").param("a", account)
                .query(Long.class).single()).isOne();
    }
}
