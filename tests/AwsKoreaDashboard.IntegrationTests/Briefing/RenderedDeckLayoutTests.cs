using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml;
using AwsKoreaDashboard.IntegrationTests.Tooling;
using AwsKoreaDashboard.Testing;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>
/// Every deck of data/decks.json, in both languages and both currencies, as LibreOffice draws it: no text
/// leaves its slide, no two text blocks overlap, and no text box is shrunk (every word is drawn at a size
/// the deck writer set). The decks are rendered once, by one LibreOffice run, for all the checks.
/// </summary>
[StartsEarly(31)]
public sealed class RenderedDeckLayoutTests(RenderedDecks rendered, ITestOutputHelper output) : IClassFixture<RenderedDecks>
{
    /// <summary>Two boxes closer than this (points) in either direction do not count as overlapping.</summary>
    private const double Tolerance = 0.5;

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    public async Task No_text_of_any_deck_leaves_its_slide_overlaps_other_text_or_is_shrunk_as_LibreOffice_draws_it(string language, string currency)
    {
        var decks = await rendered.DecksAsync();
        var problems = new List<string>();
        foreach (var deck in decks.Where(d => d.Language == language && d.Currency == currency))
        {
            Assert.Equal(deck.SlideCount, deck.Pages.Count);
            output.WriteLine($"{deck.Name}: {deck.Pages.Count} pages, {deck.Pages.Sum(p => p.Blocks.Count)} text blocks, sizes set {string.Join(", ", deck.SizesSet)} pt");
            foreach (var (page, number) in deck.Pages.Select((p, i) => (p, i + 1)))
            {
                foreach (var word in page.Blocks.SelectMany(b => b.Words))
                {
                    if (word.Box.Left < 0 || word.Box.Top < 0 || word.Box.Right > page.Width || word.Box.Bottom > page.Height)
                    {
                        problems.Add($"{deck.Name} slide {number}: '{word.Text}' leaves the slide at {word.Box}");
                    }

                    // poppler's word box is 1.3 × the font size for the fonts LibreOffice uses here (11 pt → 14.3,
                    // 28 pt → 36.4); a text box LibreOffice shrinks draws its words at sizes no one set.
                    var size = word.Box.Height / 1.3;
                    if (!deck.SizesSet.Any(set => Math.Abs(set - size) < 0.4))
                    {
                        problems.Add($"{deck.Name} slide {number}: '{word.Text}' is drawn at {size:0.#} pt, a size the deck never set ({string.Join(", ", deck.SizesSet)})");
                    }
                }

                for (var i = 0; i < page.Blocks.Count; i++)
                {
                    for (var j = i + 1; j < page.Blocks.Count; j++)
                    {
                        var (a, b) = (page.Blocks[i], page.Blocks[j]);
                        if (a.Box.Overlaps(b.Box, Tolerance))
                        {
                            problems.Add($"{deck.Name} slide {number}: '{a.Text}' {a.Box} overlaps '{b.Text}' {b.Box}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Every value label of every chart in every deck is drawn on one line, as the page and the web slide draw it:
    /// LibreOffice broke "약 5,450억 원 (환산)" after the amount, the mark alone on a second line. The words drawn in
    /// the chart's frame are read row by row (one baseline); each label, spaces aside, must be within one row.
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    public async Task Every_value_label_of_a_chart_is_drawn_on_one_line_as_LibreOffice_draws_it(string language, string currency)
    {
        var problems = new List<string>();
        var checkedLabels = 0;
        foreach (var deck in (await rendered.DecksAsync()).Where(d => d.Language == language && d.Currency == currency))
        {
            using var file = new PowerPointFile(await File.ReadAllBytesAsync(deck.PptxPath));
            foreach (var (slide, number) in file.Slides.Select((s, i) => (s, i + 1)))
            {
                if (slide.Chart is not { } chart || chart.Part.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Count() != 1)
                {
                    continue;
                }

                var page = deck.Pages[number - 1];
                var rows = Rows(page.Blocks.SelectMany(b => b.Words).Where(w => InChartFrame(w.Box, page)));
                foreach (var label in chart.Series.SelectMany(s => s.Labels).Where(l => l.Length > 0).Distinct())
                {
                    checkedLabels++;
                    if (!rows.Any(row => row.Contains(Compact(label), StringComparison.Ordinal)))
                    {
                        problems.Add($"{deck.Name} slide {number}: '{label}' is not drawn on one line (rows: {string.Join(" | ", rows)})");
                    }
                }
            }
        }

        Assert.True(checkedLabels > 0, "no value label was found in any deck");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A 100% stacked chart's segment labels sit inside their segments with room to spare, as LibreOffice draws
    /// them: each label's words lie at least 2 pt inside its segment, whose ends are read from where LibreOffice
    /// draws the axis's "0%" and "100%" ticks and the segment's share. ("about 10%" once filled its whole segment;
    /// PowerPoint's Arial is no narrower, so such a label runs over the bar's end there.)
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    public async Task Every_segment_label_of_a_stacked_chart_lies_inside_its_segment_as_LibreOffice_draws_it(string language, string currency)
    {
        const double Room = 2;
        var problems = new List<string>();
        var checkedLabels = 0;
        foreach (var deck in (await rendered.DecksAsync()).Where(d => d.Language == language && d.Currency == currency))
        {
            using var file = new PowerPointFile(await File.ReadAllBytesAsync(deck.PptxPath));
            foreach (var (slide, number) in file.Slides.Select((s, i) => (s, i + 1)))
            {
                if (slide.Chart is not { } chart || chart.BarChart.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.BarGrouping>()?.Val?.Value != DocumentFormat.OpenXml.Drawing.Charts.BarGroupingValues.PercentStacked)
                {
                    continue;
                }

                var page = deck.Pages[number - 1];
                var words = page.Blocks.SelectMany(b => b.Words).Where(w => InChartFrame(w.Box, page)).ToList();
                var zero = words.Where(w => w.Text == "0%").MaxBy(w => w.Box.Top);
                var hundred = words.Where(w => w.Text == "100%").MaxBy(w => w.Box.Top);
                Assert.True(zero is not null && hundred is not null, $"{deck.Name} slide {number}: the axis's 0% and 100% ticks are not drawn");
                var (left, right) = ((zero!.Box.Left + zero.Box.Right) / 2, (hundred!.Box.Left + hundred.Box.Right) / 2);
                var series = chart.Series.Where(s => !s.IsInvisible).ToList();
                var lines = Lines(words.Where(w => w.Box.Left >= left - 1 && w.Box.Bottom < zero.Box.Top));
                var next = 0;
                for (var row = 0; row < series[0].Values.Count; row++)
                {
                    var labels = series.Select(s => s.Labels[row]).ToList();
                    next = lines.FindIndex(next, l => string.Concat(l.Select(w => Compact(w.Text))) == string.Concat(labels.Select(Compact)));
                    if (next < 0)
                    {
                        problems.Add($"{deck.Name} slide {number}: the labels of row {row + 1} ({string.Join(", ", labels)}) are not drawn on one line in order");
                        break;
                    }

                    var line = new Queue<RenderedWord>(lines[next++]);
                    var total = series.Sum(s => s.Values[row]);
                    var start = 0.0;
                    foreach (var (s, label) in series.Zip(labels))
                    {
                        var (from, to) = (left + (start / total * (right - left)), left + ((start + s.Values[row]) / total * (right - left)));
                        start += s.Values[row];
                        var drawn = new List<RenderedWord>();
                        while (string.Concat(drawn.Select(w => Compact(w.Text))) != Compact(label))
                        {
                            drawn.Add(line.Dequeue());
                        }

                        checkedLabels++;
                        var (first, last) = (drawn.Min(w => w.Box.Left), drawn.Max(w => w.Box.Right));
                        if (first < from + Room || last > to - Room)
                        {
                            problems.Add(FormattableString.Invariant($"{deck.Name} slide {number}: '{label}' is drawn from {first:0.0} to {last:0.0} pt, its segment from {from:0.0} to {to:0.0} pt"));
                        }
                    }
                }
            }
        }

        Assert.True(checkedLabels > 0, "no stacked chart was found in any deck");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The words on one baseline (their tops within a point), left to right.</summary>
    private static List<List<RenderedWord>> Lines(IEnumerable<RenderedWord> words)
    {
        var lines = new List<List<RenderedWord>>();
        foreach (var word in words.OrderBy(w => w.Box.Top))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Box.Top - word.Box.Top) <= 1)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines.Select(l => l.OrderBy(w => w.Box.Left).ToList()).ToList();
    }

    private static bool InChartFrame(PdfBox box, RenderedPage page) =>
        box.Left >= page.Width * ChartFrame.Left && box.Right <= page.Width * ChartFrame.Right
        && box.Top >= page.Height * ChartFrame.Top && box.Bottom <= page.Height * ChartFrame.Bottom;

    /// <summary>The words on one baseline (their tops within a point), left to right, spaces left out.</summary>
    private static List<string> Rows(IEnumerable<RenderedWord> words) =>
        Lines(words).Select(l => string.Concat(l.Select(w => Compact(w.Text)))).ToList();

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>
/// Downloads every deck of data/decks.json in every language and currency from the app, renders them all to PDF
/// with one LibreOffice run, and reads each page's text blocks and words with pdftotext -bbox-layout. The
/// rendering is done once per test run and shared by every class that uses this fixture (the layout checks here,
/// the drawn-chart checks of <see cref="LibreOfficeRenderingTests"/>): LibreOffice's start is most of a
/// conversion's cost. Its files are removed when the test process exits.
/// tests/run.sh installs libreoffice-impress-nogui and poppler-utils when they are missing.
/// </summary>
public sealed partial class RenderedDecks
{
    private static readonly (string Language, string Currency)[] Readers = [("ko", "KRW"), ("en", "USD"), ("ko", "USD"), ("en", "KRW")];

    private static readonly Lazy<Task<IReadOnlyList<RenderedDeck>>> Shared = new(RenderAsync);

    public Task<IReadOnlyList<RenderedDeck>> DecksAsync() => Shared.Value;

    /// <summary>One deck as rendered, by its key, language and currency.</summary>
    public async Task<RenderedDeck> DeckAsync(string key, string language, string currency) =>
        (await DecksAsync()).Single(d => d.Name == $"{key}.{language}.{currency}");

    private static async Task<IReadOnlyList<RenderedDeck>> RenderAsync()
    {
        var temp = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => temp.Dispose();
        using var decksJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "data", "decks.json")));
        var keys = decksJson.RootElement.GetProperty("decks").EnumerateArray().Select(d => d.GetProperty("key").GetString()!).ToList();
        var files = new List<(string Name, string Language, string Currency, string Path, IReadOnlyList<string?> ChartKeys, IReadOnlyList<double> Sizes)>();
        using (var app = new DashboardApp(temp))
        {
            var client = app.CreateClient();
            foreach (var key in keys)
            {
                foreach (var (language, currency) in Readers)
                {
                    var content = await client.GetByteArrayAsync($"/{language}/{currency}/exports/decks/{key}.pptx");
                    var name = $"{key}.{language}.{currency}";
                    var path = temp.Combine($"{name}.pptx");
                    await File.WriteAllBytesAsync(path, content);
                    using var deck = new PowerPointFile(content);
                    files.Add((name, language, currency, path, deck.Slides.Select(slide => slide.ChartKey).ToList(), SizesSet(content)));
                }
            }
        }

        await ExternalTool.RunAsync("soffice", $"-env:UserInstallation=file://{temp.Combine("libreoffice-profile")} --headless --convert-to pdf --outdir {temp.Path} {string.Join(" ", files.Select(f => f.Path))}", TimeSpan.FromMinutes(5));
        var rendered = new List<RenderedDeck>();
        foreach (var file in files)
        {
            var pdf = Path.ChangeExtension(file.Path, ".pdf");
            var layout = Path.ChangeExtension(file.Path, ".html");
            await ExternalTool.RunAsync("pdftotext", $"-bbox-layout {pdf} {layout}");
            rendered.Add(new RenderedDeck(file.Name, file.Language, file.Currency, file.ChartKeys, file.Sizes, ReadLayout(layout), file.Path, pdf));
        }

        return rendered;
    }

    /// <summary>Every font size (points) the deck's slides, layouts, master and charts set, with the masters' defaults.</summary>
    private static IReadOnlyList<double> SizesSet(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content));
        var sizes = new SortedSet<double>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal) && !e.FullName.Contains("notes", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = new StreamReader(entry.Open());
            foreach (Match match in SizeAttribute().Matches(reader.ReadToEnd()))
            {
                sizes.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) / 100d);
            }
        }

        return sizes.ToList();
    }

    private static IReadOnlyList<RenderedPage> ReadLayout(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        return document.Descendants(x + "page").Select(page => new RenderedPage(
            Number(page, "width"),
            Number(page, "height"),
            page.Descendants(x + "block").Select(block => new RenderedBlock(
                BoxOf(block),
                block.Descendants(x + "word").Select(word => new RenderedWord(word.Value, BoxOf(word))).ToList())).ToList())).ToList();
    }

    private static PdfBox BoxOf(XElement element) =>
        new(Number(element, "xMin"), Number(element, "yMin"), Number(element, "xMax"), Number(element, "yMax"));

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);


    [GeneratedRegex(@"\bsz=""(\d+)""")]
    private static partial Regex SizeAttribute();
}

/// <summary>
/// A deck as LibreOffice drew it: each slide's chart key (none on a slide without a chart), its .pptx and the PDF
/// LibreOffice wrote beside it, and each page's text.
/// </summary>
public sealed record RenderedDeck(string Name, string Language, string Currency, IReadOnlyList<string?> SlideChartKeys, IReadOnlyList<double> SizesSet, IReadOnlyList<RenderedPage> Pages, string PptxPath, string PdfPath)
{
    public int SlideCount => SlideChartKeys.Count;
}

public sealed record RenderedPage(double Width, double Height, IReadOnlyList<RenderedBlock> Blocks);

public sealed record RenderedBlock(PdfBox Box, IReadOnlyList<RenderedWord> Words)
{
    public string Text => string.Join(" ", Words.Select(w => w.Text));
}

public sealed record RenderedWord(string Text, PdfBox Box);

/// <summary>The chart's frame on a chart slide (Briefing/SlideBoxes.cs), as fractions of the 16:9 page.</summary>
public static class ChartFrame
{
    public const double Left = 457200d / 12192000, Right = 11734800d / 12192000;
    public const double Top = 1409700d / 6858000, Bottom = 5295900d / 6858000;
}

/// <summary>A box on a PDF page, in points from the top left.</summary>
public readonly record struct PdfBox(double Left, double Top, double Right, double Bottom)
{
    public double Height => Bottom - Top;

    public bool Overlaps(PdfBox other, double tolerance) =>
        Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > tolerance &&
        Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top) > tolerance;

    public override string ToString() => FormattableString.Invariant($"({Left:0},{Top:0})–({Right:0},{Bottom:0})");
}
