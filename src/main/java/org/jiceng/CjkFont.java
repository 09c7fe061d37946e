package org.jiceng;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese font of the PDFs (the mediation agreement, the monthly report). The project ships no font file (a CJK font is many megabytes), so:
 * <ol>
 *   <li>a TrueType font named by {@code jiceng.pdf.cjk-font} (e.g. {@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0}),
 *   or else the first of a few well-known system CJK fonts present on this machine, is embedded as a subset, so
 *   the PDF looks the same everywhere;</li>
 *   <li>without any, the PDF names Adobe's standard Chinese font STSong-Light in the UniGB-UCS2-H encoding without
 *   embedding it (the CMaps come with OpenPDF). Every PDF reader that supports Chinese supplies that font; the
 *   text is still searchable and extractable.</li>
 * </ol>
 * The choice is made once, at start-up, and logged.
 */
public final class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    /** TrueType collections and fonts (not OpenType/CFF, which OpenPDF does not subset) in their usual places. */
    public static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simsun.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0");

    private final BaseFont font;
    private final String description;
    private final String face;
    private java.awt.Font drawing;

    private CjkFont(BaseFont font, String description, String face) {
        this.font = font;
        this.description = description;
        this.face = face;
    }

    /** The configured font if usable, else a system font, else the non-embedded STSong-Light. */
    public static CjkFont choose(String configured) {
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.strip());
        }
        candidates.addAll(SYSTEM_FONTS);
        for (String candidate : candidates) {
            String file = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                CjkFont chosen = new CjkFont(BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                        "嵌入字体 " + candidate, candidate);
                log.info("PDF 使用{}", chosen.description);
                return chosen;
            } catch (Exception unusable) {
                log.warn("字体 {} 无法用于 PDF：{}", candidate, unusable.getMessage());
            }
        }
        CjkFont standard = standard();
        log.info("PDF 使用{}（未找到可嵌入的中文字体，可用 jiceng.pdf.cjk-font 指定）", standard.description);
        return standard;
    }

    /** Adobe's STSong-Light, referred to and not embedded. */
    public static CjkFont standard() {
        try {
            return new CjkFont(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED),
                    "标准中文字体 STSong-Light（不嵌入）", null);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF 缺少中文字体 STSong-Light 的编码表", e);
        }
    }

    /**
     * The same face for drawing with Java2D (charts drawn on the server), so a chart's labels are as Chinese as
     * the text beside it; the logical SansSerif (which fontconfig maps to whatever CJK font is installed) when the
     * file cannot be read as a Java font.
     */
    private static java.awt.Font drawing(String candidate) {
        if (candidate == null) {
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        }
        String file = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
        int index = candidate.contains(".ttc,") ? Integer.parseInt(candidate.substring(candidate.lastIndexOf(',') + 1)) : 0;
        try {
            java.awt.Font[] faces = java.awt.Font.createFonts(new java.io.File(file));
            return faces[Math.min(index, faces.length - 1)].deriveFont(java.awt.Font.PLAIN, 12f);
        } catch (Exception | LinkageError unreadable) { // a JRE without its font libraries fails to link them
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        }
    }

    /** The face for Java2D drawing, at {@code size} points; read from its file the first time it is asked for. */
    public synchronized java.awt.Font drawing(float size) {
        if (drawing == null) {
            drawing = drawing(face);
        }
        return drawing.deriveFont(size);
    }

    public BaseFont font() {
        return font;
    }

    public String description() {
        return description;
    }
}
