package com.claritycoach.teams.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The summary chart as a {@code data:} URL small enough to embed in a card: Teams caps a whole message
 * at about 28 KB, so the chart is scaled down until its Base64 form fits the budget, or left out.
 */
final class ChartImage {
    private static final int[] WIDTHS = {560, 440, 320};

    private ChartImage() {
    }

    static Optional<String> dataUrl(byte[] png, int maxBase64Chars) {
        if (base64Length(png.length) <= maxBase64Chars) {
            return Optional.of(toDataUrl(png));
        }
        BufferedImage image = read(png);
        if (image == null) {
            return Optional.empty();
        }
        for (int width : WIDTHS) {
            if (width >= image.getWidth()) {
                continue;
            }
            byte[] scaled = scale(image, width);
            if (scaled != null && base64Length(scaled.length) <= maxBase64Chars) {
                return Optional.of(toDataUrl(scaled));
            }
        }
        return Optional.empty();
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] scale(BufferedImage image, int width) {
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return ImageIO.write(scaled, "png", out) ? out.toByteArray() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int base64Length(int bytes) {
        return 4 * ((bytes + 2) / 3);
    }

    private static String toDataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
