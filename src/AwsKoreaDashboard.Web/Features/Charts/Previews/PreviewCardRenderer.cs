using SkiaSharp;

namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// Draws a <see cref="PreviewCard"/> as a PNG with SkiaSharp, in the style of a news graphic: the title that
/// states the point, the subtitle with unit and period, the chart with its values written on it (the highlight
/// colour for what the chart marks, a calm neutral for the rest), the note and rate lines, then a rule, the
/// source line and the site's name. Text is never cut: a long title wraps and shrinks, and the chart gives up
/// the room the texts need. Sizes are given for a 1200 px wide card and scale with the image's width.
/// </summary>
public sealed partial class PreviewCardRenderer(PreviewFonts fonts)
{
    /// <summary>
    /// Encoding is nearly all of a render's time (drawing a card takes a few ms), and Skia's default PNG settings
    /// (every filter tried on every row, zlib level 6) spend most of it: one filter (Up: rows of a card repeat
    /// the row above) and zlib's fast level make it several times faster, for files about a tenth larger.
    /// <c>bench/PreviewRender</c> measures the options; docs/benchmarks.md has the numbers.
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Up, 3);

    public byte[] Render(PreviewCard card, PreviewSize size)
    {
        using var image = Draw(card, size);
        return Encode(image);
    }

    /// <summary>
    /// The card drawn on a raster surface, not yet encoded. The surface is opaque (the card's background is), so
    /// the PNG is RGB: a quarter less to filter and compress than RGBA, and the same pixels.
    /// </summary>
    public SKImage Draw(PreviewCard card, PreviewSize size) => Draw(card, size, drawn: null);

    /// <summary>
    /// Every text of the card as it is drawn at this size, in drawing order: what the tests compare between the
    /// card and its thumbnail, which must be the same lines at half the positions and sizes.
    /// </summary>
    internal IReadOnlyList<DrawnText> DrawnTexts(PreviewCard card, PreviewSize size)
    {
        var drawn = new List<DrawnText>();
        using var image = Draw(card, size, drawn);
        return drawn;
    }

    private SKImage Draw(PreviewCard card, PreviewSize size, List<DrawnText>? drawn)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {size.Width}×{size.Height} surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Color(ChartPalette.Background));
        new Drawing(canvas, fonts, size, drawn).Card(card);
        canvas.Flush();
        return surface.Snapshot();
    }

    public static byte[] Encode(SKImage image)
    {
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("A chart image is drawn on a raster surface, whose pixels can be read.");
        using var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("SkiaSharp could not encode a chart image as PNG.");
        return png.ToArray();
    }

    /// <summary>The characters of a card that the font has no glyph for (drawn as empty boxes): none, if the data is well formed.</summary>
    public IReadOnlyList<char> MissingGlyphs(PreviewCard card)
    {
        using var regular = new SKFont(fonts.Regular);
        using var bold = new SKFont(fonts.Bold);
        return card.Texts.SelectMany(t => t).Where(c => !char.IsWhiteSpace(c)).Distinct()
            .Where(c => !regular.ContainsGlyphs(c.ToString()) || !bold.ContainsGlyphs(c.ToString())).ToList();
    }

    private static SKColor Color(string hex) => SKColor.Parse(hex);

    /// <summary>One line of text as drawn: at <see cref="X"/> (its left, centre or right by its alignment) on <see cref="Baseline"/>, <see cref="Size"/> px.</summary>
    internal sealed record DrawnText(string Text, float X, float Baseline, float Size, bool Bold);

    /// <summary>One drawing: positions in pixels, computed top-down for the header, bottom-up for the footer.</summary>
    private sealed partial class Drawing(SKCanvas canvas, PreviewFonts fonts, PreviewSize size, List<DrawnText>? drawn)
    {
        private const float LineHeight = 1.3f;
        private const float Baseline = 0.98f;
        private readonly float _scale = size.Width / 1200f;

        private float U(float value) => value * _scale;

        public void Card(PreviewCard card)
        {
            var left = U(60);
            var right = size.Width - U(60);
            var width = right - left;

            // Denser type when the texts would leave the chart too little room (a long title, a long note).
            foreach (var density in new[] { 1f, 0.9f, 0.8f, 0.7f })
            {
                var layout = Layout(card, left, width, density);
                if (layout.ChartArea.Height >= U(210) || density == 0.7f)
                {
                    Paint(card, layout, left, right, width);
                    return;
                }
            }
        }

        private sealed record TextBlock(IReadOnlyList<string> Lines, bool Bold, float Size, string Color)
        {
            public float Height => Lines.Count * Size * LineHeight;
        }

        private sealed record CardLayout(TextBlock Title, TextBlock Subtitle, IReadOnlyList<TextBlock> Notes, TextBlock Source, TextBlock Site, float Top, SKRect ChartArea, float RuleY);

        private CardLayout Layout(PreviewCard card, float left, float width, float density)
        {
            var top = U(62);
            var title = Fit(card.Title, bold: true, U(42) * density, U(30) * density, maxLines: 2, width, ChartPalette.Text);
            var subtitle = Fit(card.Subtitle, bold: false, U(23) * density, U(18) * density, maxLines: 2, width, ChartPalette.Muted);
            var headerBottom = top + title.Height + U(6) + subtitle.Height;

            var small = U(18) * density;
            var site = Block(card.SiteName, bold: true, small, float.MaxValue, ChartPalette.Text);
            var source = Block(card.SourceLine, bold: false, small, width - Measure(card.SiteName, true, small) - U(40), ChartPalette.Muted);
            var bottom = size.Height - U(34);
            var sourceTop = bottom - source.Height;
            var ruleY = sourceTop - U(12);
            var notes = card.Notes.Select(n => Block(n, bold: false, U(17) * density, width, ChartPalette.Muted)).ToList();
            var notesHeight = notes.Sum(n => n.Height);
            var chartBottom = ruleY - U(18) - notesHeight - (notes.Count > 0 ? U(22) : 0);
            var chartTop = headerBottom + U(28);
            return new CardLayout(title, subtitle, notes, source, site, top, new SKRect(left, chartTop, left + width, Math.Max(chartTop, chartBottom)), ruleY);
        }

        private void Paint(PreviewCard card, CardLayout layout, float left, float right, float width)
        {
            // A short bar in the highlight colour marks the card, as a newspaper's graphics do.
            using (var accent = new SKPaint { Color = Color(ChartPalette.Highlight), IsAntialias = true })
            {
                canvas.DrawRect(left, U(30), U(72), U(7), accent);
            }

            var y = Draw(layout.Title, left, layout.Top);
            Draw(layout.Subtitle, left, y + U(6));

            Chart(card.Chart, layout.ChartArea);

            var notesY = layout.RuleY - U(18) - layout.Notes.Sum(n => n.Height);
            foreach (var note in layout.Notes)
            {
                notesY = Draw(note, left, notesY);
            }

            using (var rule = new SKPaint { Color = Color(ChartPalette.Grid), StrokeWidth = Math.Max(1, U(1.5f)) })
            {
                canvas.DrawLine(left, layout.RuleY, right, layout.RuleY, rule);
            }

            var sourceTop = layout.RuleY + U(12);
            Draw(layout.Source, left, sourceTop);
            Draw(layout.Site, right, sourceTop, SKTextAlign.Right);
        }

        // ---- Charts: the kinds charts.js draws, from the same payload ----

        private void Chart(ChartPayload chart, SKRect area)
        {
            if (chart.Kind == "bar")
            {
                Columns(chart, area);
            }
            else
            {
                Rows(chart, area);
            }
        }

        /// <summary>Vertical bars ("bar"): the value above each bar, the category under it.</summary>
        private void Columns(ChartPayload chart, SKRect area)
        {
            var count = chart.Labels.Count;
            var band = area.Width / count;
            var texts = chart.Series[0].Texts;
            var valueSize = Shrink(texts, bold: true, U(26), U(14), band * 0.95f);
            var labels = chart.Labels.Select((l, i) => Fit(l, chart.Highlight[i], U(21), U(14), maxLines: 2, band * 0.9f, chart.Highlight[i] ? ChartPalette.Text : ChartPalette.Muted)).ToList();
            var labelsHeight = labels.Max(l => l.Height) + U(12);
            var plotTop = area.Top + (valueSize * LineHeight) + U(6);
            var plotBottom = area.Bottom - labelsHeight;
            var values = chart.Series[0].Values;
            var min = chart.Axis.Min ?? 0;
            var max = chart.Axis.Max ?? values.Max();
            var barWidth = Math.Min(band * 0.5f, U(220));
            for (var i = 0; i < count; i++)
            {
                var center = area.Left + (band * (i + 0.5f));
                var top = plotBottom - (float)((values[i] - min) / (max - min) * (plotBottom - plotTop));
                Bar(new SKRect(center - (barWidth / 2), top, center + (barWidth / 2), plotBottom), ChartPalette.Bar(chart.Highlight[i]));
                Text(texts[i], center, top - U(10), bold: true, valueSize, ChartPalette.Text, SKTextAlign.Center);
                DrawCentered(labels[i], center, plotBottom + U(10));
            }

            Line(area.Left, plotBottom, area.Right, plotBottom, ChartPalette.Muted, U(1.5f));
        }

        /// <summary>Horizontal bars ("hbar"), 100% stacks ("stacked-100") and ranges ("range"), one row per category.</summary>
        private void Rows(ChartPayload chart, SKRect area)
        {
            var stacked = chart.Kind == "stacked-100";
            var range = chart.Kind == "range";
            // A "period" chart (since the article): bars over a year axis whose amounts are lines of their labels,
            // as charts.js and the .pptx draw it, never on or beside a bar.
            var period = chart.Kind == "period";
            var count = chart.Labels.Count;
            var top = area.Top;
            if (stacked)
            {
                top = Legend(chart, area) + U(14);
            }

            var axisRoom = range || period ? U(34) : 0;
            var plotBottom = area.Bottom - axisRoom;
            var band = (plotBottom - top) / count;

            // The category labels: bold for what the chart marks; wrapped, then smaller, until each fits its row.
            var labelRoom = period
                ? Math.Min(area.Width * 0.45f, chart.Labels.Concat(chart.Series[0].Texts).Max(l => Measure(l, true, U(21))))
                : Math.Min(area.Width * 0.3f, chart.Labels.Max(l => Measure(l, true, U(21))));
            var labelSize = U(21);
            TextBlock Label(int i)
            {
                var color = chart.Highlight[i] ? ChartPalette.Text : ChartPalette.Muted;
                var block = Block(chart.Labels[i], chart.Highlight[i], labelSize, labelRoom, color);
                return period ? block with { Lines = [.. block.Lines, .. Block(chart.Series[0].Texts[i], true, labelSize, labelRoom, color).Lines] } : block;
            }

            List<TextBlock> labels;
            while (true)
            {
                labels = Enumerable.Range(0, count).Select(Label).ToList();
                if (labelSize <= U(13) || labels.Max(l => l.Height) <= band * 0.95f)
                {
                    break;
                }

                labelSize -= U(1);
            }

            var x0 = area.Left + labelRoom + U(18);
            var plotWidth = area.Right - x0;
            var valueSize = U(21);
            var last = chart.Series[^1].Texts;
            var endRoom = 0f;
            if (chart.Kind == "hbar")
            {
                valueSize = Shrink(last, bold: true, U(21), U(13), plotWidth * 0.45f);
                endRoom = last.Max(t => Measure(t, true, valueSize)) + U(14);
            }
            else if (range)
            {
                valueSize = Shrink(chart.Series.SelectMany(s => s.Texts).ToList(), bold: true, U(19), U(13), plotWidth);
            }
            else if (stacked)
            {
                valueSize = U(18);
                endRoom = last.Max(t => Measure(t, true, valueSize)) + U(10);
            }

            var x1 = area.Right - endRoom;
            for (var i = 0; i < count; i++)
            {
                var rowTop = top + (band * i);
                var center = rowTop + (band / 2);
                DrawCentered(labels[i], x0 - U(18), center, SKTextAlign.Right);
            }

            if (range)
            {
                Ranges(chart, x0, x1, top, band, plotBottom, valueSize);
                return;
            }

            if (period)
            {
                Periods(chart, x0, x1, top, band, plotBottom);
                return;
            }

            var thickness = Math.Min(band * 0.62f, U(54));
            var min = stacked ? 0 : chart.Axis.Min ?? 0;
            var max = stacked ? 100 : chart.Axis.Max ?? chart.Series[0].Values.Max();
            float At(double value) => x0 + (float)((value - min) / (max - min) * (x1 - x0));
            for (var i = 0; i < count; i++)
            {
                var center = top + (band * (i + 0.5f));
                if (stacked)
                {
                    var start = 0.0;
                    for (var s = 0; s < chart.Series.Count; s++)
                    {
                        var end = start + chart.Series[s].Values[i];
                        var segment = new SKRect(At(start), center - (thickness / 2), At(end), center + (thickness / 2));
                        Bar(segment, ChartPalette.Series(s), radius: 0);
                        var text = chart.Series[s].Texts[i];
                        if (Measure(text, true, valueSize) + U(10) <= segment.Width)
                        {
                            Text(text, segment.MidX, Middle(center, valueSize), bold: true, valueSize, ChartPalette.OnSeries, SKTextAlign.Center);
                        }
                        else if (s == chart.Series.Count - 1)
                        {
                            Text(text, segment.Right + U(6), Middle(center, valueSize), bold: true, valueSize, ChartPalette.Text);
                        }

                        start = end;
                    }
                }
                else
                {
                    var value = chart.Series[0].Values[i];
                    var end = At(value);
                    Bar(new SKRect(x0, center - (thickness / 2), end, center + (thickness / 2)), ChartPalette.Bar(chart.Highlight[i]));
                    Text(chart.Series[0].Texts[i], end + U(10), Middle(center, valueSize), bold: true, valueSize, ChartPalette.Text);
                }
            }

            Line(x0, top, x0, plotBottom, ChartPalette.Muted, U(1.5f));
        }

        private float Legend(ChartPayload chart, SKRect area)
        {
            var x = area.Left;
            var sizePx = U(19);
            var box = U(16);
            var baseline = area.Top + (sizePx * Baseline);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var label = chart.Series[s].Label;
                var width = box + U(8) + Measure(label, false, sizePx);
                if (x > area.Left && x + width > area.Right)
                {
                    x = area.Left;
                    baseline += sizePx * LineHeight;
                }

                Bar(new SKRect(x, baseline - box + U(1), x + box, baseline + U(1)), ChartPalette.Series(s), radius: U(2));
                Text(label, x + box + U(8), baseline, bold: false, sizePx, ChartPalette.Text);
                x += width + U(28);
            }

            return baseline + (sizePx * (LineHeight - Baseline));
        }

        /// <summary>An arrow inside a range bar, from one value to the other, in the colour that reads on the bar.</summary>
        private void Arrow(float from, float to, float y, float weight)
        {
            var direction = to < from ? -1 : 1;
            var tip = to - (direction * U(5));
            var head = Math.Min(Math.Abs(tip - from) * 0.4f, weight * 3.2f);
            var back = tip - (direction * head);
            using var paint = new SKPaint { Color = Color(ChartPalette.OnSeries), IsAntialias = true, StrokeWidth = weight, Style = SKPaintStyle.Stroke };
            canvas.DrawLine(from + (direction * U(5)), y, back + (direction * U(1)), y, paint);
            paint.Style = SKPaintStyle.Fill;
            using var builder = new SKPathBuilder();
            builder.MoveTo(tip, y);
            builder.LineTo(back, y - (head * 0.7f));
            builder.LineTo(back, y + (head * 0.7f));
            builder.Close();
            using var path = builder.Detach();
            canvas.DrawPath(path, paint);
        }
    }
}
