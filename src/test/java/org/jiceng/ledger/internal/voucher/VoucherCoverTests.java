package org.jiceng.ledger.internal.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;

class VoucherCoverTests {

    static byte[] white(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aBoxIsDrawnBlackAndTheRestIsLeftAsItWas() throws IOException {
        byte[] covered = Cover.draw(white(200, 100, "jpg"), List.of(new Cover.Box(0.5, 0.5, 0.25, 0.5)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(covered));
        assertThat(VoucherType.of(covered)).contains(VoucherType.PNG);
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getRGB(100, 50) & 0xffffff).isZero();
        assertThat(image.getRGB(149, 99) & 0xffffff).isZero();
        assertThat(image.getRGB(150, 99) & 0xffffff).isNotZero();
        assertThat(image.getRGB(10, 10) & 0xff).isGreaterThan(200);
    }

    @Test
    void aBoxOutsideTheImageOrNoBoxAtAllIsRefused() throws IOException {
        byte[] png = white(10, 10, "png");
        assertThatThrownBy(() -> Cover.draw(png, List.of(new Cover.Box(0.8, 0, 0.3, 0.1))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("图片之内");
        assertThatThrownBy(() -> Cover.draw(png, List.of(new Cover.Box(0, 0, 0, 0.1))))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Cover.draw(png, List.of())).isInstanceOf(BadInputException.class);
    }

    @Test
    void bytesThatAreNoImageAskForACoveredCopy() {
        assertThatThrownBy(() -> Cover.draw("%PDF-1.4".getBytes(), List.of(new Cover.Box(0, 0, 1, 1))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("副本");
    }

    @Test
    void theTypeIsReadFromTheBytes() {
        assertThat(VoucherType.of("%PDF-1.7\n".getBytes())).contains(VoucherType.PDF);
        assertThat(VoucherType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(VoucherType.JPEG);
        assertThat(VoucherType.of("<html>".getBytes())).isEmpty();
        assertThat(VoucherType.of(new byte[0])).isEmpty();
    }
}
