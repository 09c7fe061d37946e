package org.jiceng.ledger.internal.voucher;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jiceng.BadInputException;

/**
 * Draws black boxes over the parts of a receipt image that carry personal data (a name, a phone, an ID number).
 * Boxes are fractions of the image's width and height, so a page may mark them on a picture of any size. The
 * copy is drawn anew as PNG: nothing of the original file (its EXIF, a phone's GPS position) passes into it.
 */
public final class Cover {

    /** A box to cover: left, top, width and height as fractions (0–1) of the image. */
    public record Box(double x, double y, double width, double height) {
    }

    static final int MAX_BOXES = 50;
    static final long MAX_PIXELS = 40_000_000L;

    private Cover() {
    }

    static byte[] draw(byte[] image, List<Box> boxes) {
        if (boxes == null || boxes.isEmpty()) {
            throw new BadInputException("boxes", "请至少框出一处要遮盖的内容");
        }
        if (boxes.size() > MAX_BOXES) {
            throw new BadInputException("boxes", "一张凭证最多遮盖 " + MAX_BOXES + " 处");
        }
        for (Box box : boxes) {
            if (box == null || !inUnit(box.x()) || !inUnit(box.y()) || !(box.width() > 0) || !(box.height() > 0)
                    || box.x() + box.width() > 1.000001 || box.y() + box.height() > 1.000001) {
                throw new BadInputException("boxes", "遮盖框须在图片之内（左、上、宽、高按图片宽高的比例填写，0 到 1）");
            }
        }
        BufferedImage source = read(image);
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setColor(Color.BLACK);
            for (Box box : boxes) {
                // rounded outwards, so a box never leaves a sliver of what it covers
                int left = (int) Math.floor(box.x() * source.getWidth());
                int top = (int) Math.floor(box.y() * source.getHeight());
                int right = (int) Math.ceil((box.x() + box.width()) * source.getWidth());
                int bottom = (int) Math.ceil((box.y() + box.height()) * source.getHeight());
                g.fillRect(left, top, right - left, bottom - top);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(copy, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static boolean inUnit(double v) {
        return v >= 0 && v <= 1;
    }

    /** Reads the image, after its header says it fits in memory: a small file may claim a huge picture. */
    private static BufferedImage read(byte[] image) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReaders(input);
            if (readers.hasNext()) {
                var reader = readers.next();
                try {
                    reader.setInput(input, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new BadInputException("boxes", "图片过大（超过 4000 万像素），请上传遮盖后的副本");
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof BadInputException bad) {
                throw bad;
            }
            // answered below: the keeper can still upload a covered copy
        }
        throw new BadInputException("boxes", "无法读取这张图片，请上传遮盖后的副本");
    }
}
