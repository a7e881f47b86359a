using SkiaSharp;

namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>The card drawing's primitives: bars, lines, and text measured, wrapped, fitted and drawn.</summary>
public sealed partial class PreviewCardRenderer
{
    private sealed partial class Drawing
    {
        // ---- Primitives ----

        private void Bar(SKRect rect, string color, float? radius = null)
        {
            using var paint = new SKPaint { Color = Color(color), IsAntialias = true };
            var r = radius ?? U(3);
            canvas.DrawRoundRect(rect, Math.Min(r, rect.Width / 2), Math.Min(r, rect.Height / 2), paint);
        }

        private void Line(float x0, float y0, float x1, float y1, string color, float width)
        {
            using var paint = new SKPaint { Color = Color(color), StrokeWidth = width, IsAntialias = true };
            canvas.DrawLine(x0, y0, x1, y1, paint);
        }

        /// <summary>
        /// Unhinted, with linear metrics: a text's measured width scales exactly with its size, so the thumbnail
        /// (every length at half) is laid out as the card is, line for line and position for position.
        /// </summary>
        private SKFont Font(bool bold, float px) => new(bold ? fonts.Bold : fonts.Regular, px) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };

        private float Measure(string text, bool bold, float px)
        {
            using var font = Font(bold, px);
            return font.MeasureText(text);
        }

        private void Text(string text, float x, float baseline, bool bold, float px, string color, SKTextAlign align = SKTextAlign.Left)
        {
            using var font = Font(bold, px);
            using var paint = new SKPaint { Color = Color(color), IsAntialias = true };
            canvas.DrawText(text, x, baseline, align, font, paint);
            drawn?.Add(new DrawnText(text, x, baseline, px, bold));
        }

        /// <summary>The baseline that centres a line of digits and Hangul on <paramref name="center"/>.</summary>
        private static float Middle(float center, float px) => center + (px * 0.36f);

        /// <summary>Draws a block from its top; returns the y under it.</summary>
        private float Draw(TextBlock block, float x, float top, SKTextAlign align = SKTextAlign.Left)
        {
            foreach (var line in block.Lines)
            {
                Text(line, x, top + (block.Size * Baseline), block.Bold, block.Size, block.Color, align);
                top += block.Size * LineHeight;
            }

            return top;
        }

        private void DrawCentered(TextBlock block, float x, float centerY, SKTextAlign align) =>
            Draw(block, x, centerY - (block.Height / 2), align);

        /// <summary>A block under a point, each line centred on it.</summary>
        private void DrawCentered(TextBlock block, float centerX, float top) => Draw(block, centerX, top, SKTextAlign.Center);

        private TextBlock Block(string text, bool bold, float px, float width, string color)
        {
            using var font = Font(bold, px);
            return new TextBlock(TextWrap.Lines(text, line => font.MeasureText(line), width), bold, px, color);
        }

        /// <summary>The largest size from <paramref name="from"/> down to <paramref name="min"/> at which the text fits in <paramref name="maxLines"/>; below that it wraps to more lines.</summary>
        private TextBlock Fit(string text, bool bold, float from, float min, int maxLines, float width, string color)
        {
            for (var px = from; px > min; px -= U(1))
            {
                var block = Block(text, bold, px, width, color);
                if (block.Lines.Count <= maxLines)
                {
                    return block;
                }
            }

            return Block(text, bold, min, width, color);
        }

        /// <summary>The largest size at which every text is at most <paramref name="width"/> wide (never below <paramref name="min"/>).</summary>
        private float Shrink(IReadOnlyList<string> texts, bool bold, float from, float min, float width)
        {
            var px = from;
            while (px > min && texts.Max(t => Measure(t, bold, px)) > width)
            {
                px -= U(1);
            }

            return px;
        }
    }
}
