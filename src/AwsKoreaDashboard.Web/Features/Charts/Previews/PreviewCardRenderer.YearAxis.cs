using SkiaSharp;

namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>The card drawing over a year axis: range charts (two values a row) and period charts (since the article).</summary>
public sealed partial class PreviewCardRenderer
{
    private sealed partial class Drawing
    {
        /// <summary>The year axis of a range or period chart, a year either side of its values: gridlines and ticks; the position of a year.</summary>
        private Func<double, float> YearAxis(ChartPayload chart, float x0, float x1, float top, float plotBottom)
        {
            var all = chart.Series.SelectMany(s => s.Values).ToList();
            var min = Math.Floor(all.Min()) - 1;
            var max = Math.Ceiling(all.Max()) + 1;
            float At(double value) => x0 + (float)((value - min) / (max - min) * (x1 - x0));

            // Year ticks: every year where they have room, else every second or fifth.
            var step = new[] { 1, 2, 5, 10 }.First(s => (x1 - x0) / (max - min) * s >= U(64) || s == 10);
            for (var year = Math.Ceiling(min / step) * step; year <= max; year += step)
            {
                Line(At(year), top, At(year), plotBottom, ChartPalette.Grid, U(1.2f));
                Text(year.ToString(System.Globalization.CultureInfo.InvariantCulture), At(year), plotBottom + U(26), bold: false, U(17), ChartPalette.Muted, SKTextAlign.Center);
            }

            return At;
        }

        /// <summary>A bar per row from the first year of its period (the second series) to the last (the first series); the amounts are in the labels.</summary>
        private void Periods(ChartPayload chart, float x0, float x1, float top, float band, float plotBottom)
        {
            var at = YearAxis(chart, x0, x1, top, plotBottom);
            var thickness = Math.Clamp(band * 0.45f, U(10), U(36));
            for (var i = 0; i < chart.Labels.Count; i++)
            {
                var center = top + (band * (i + 0.5f));
                var (from, to) = (at(chart.Series[1].Values[i]), at(chart.Series[0].Values[i]));
                Bar(new SKRect(Math.Min(from, to), center - (thickness / 2), Math.Max(from, to), center + (thickness / 2)), ChartPalette.Bar(chart.Highlight[i]));
            }
        }

        /// <summary>
        /// A range per row over a year axis: the bar between the two values, an arrow from the second series to the
        /// first (as charts.js draws it), each value written above its end, both in one label where they would meet.
        /// </summary>
        private void Ranges(ChartPayload chart, float x0, float x1, float top, float band, float plotBottom, float valueSize)
        {
            var at = YearAxis(chart, x0, x1, top, plotBottom);

            var labelRow = valueSize * LineHeight;
            var thickness = Math.Clamp(band - labelRow - U(18), U(10), U(36));
            for (var i = 0; i < chart.Labels.Count; i++)
            {
                var block = labelRow + U(6) + thickness;
                var blockTop = top + (band * i) + ((band - block) / 2);
                var barTop = blockTop + labelRow + U(6);
                var (first, second) = (chart.Series[0].Values[i], chart.Series[1].Values[i]);
                var (p0, p1) = (at(first), at(second));
                Bar(new SKRect(Math.Min(p0, p1), barTop, Math.Max(p0, p1), barTop + thickness), ChartPalette.Bar(chart.Highlight[i]));
                Arrow(p1, p0, barTop + (thickness / 2), Math.Max(U(3), thickness * 0.2f));

                var baseline = blockTop + (valueSize * Baseline);
                var (startText, endText) = (chart.Series[0].Texts[i], chart.Series[1].Texts[i]);
                var start = Place(startText, p0, x0, x1, valueSize);
                var end = Place(endText, p1, x0, x1, valueSize);
                if (start.Left < end.Right + U(12) && end.Left < start.Right + U(12))
                {
                    var both = $"{endText} → {startText}";
                    var joined = Place(both, (p0 + p1) / 2, x0, x1, valueSize);
                    Text(both, joined.Left, baseline, bold: true, valueSize, ChartPalette.Text);
                }
                else
                {
                    Text(startText, start.Left, baseline, bold: true, valueSize, ChartPalette.Text);
                    Text(endText, end.Left, baseline, bold: true, valueSize, ChartPalette.Text);
                }
            }
        }

        /// <summary>A label centred on a point, moved inside the plot where it would leave it.</summary>
        private (float Left, float Right) Place(string text, float at, float x0, float x1, float valueSize)
        {
            var width = Measure(text, true, valueSize);
            var left = Math.Clamp(at - (width / 2), x0, Math.Max(x0, x1 - width));
            return (left, left + width);
        }
    }
}
