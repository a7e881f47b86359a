using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFiles;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Reads data/ and checks every rule before anything is written. It returns either a complete
/// <see cref="DataSet"/> or every error found, never half of one.
/// </summary>
public static partial class DataSetLoader
{
    public static readonly IReadOnlyList<string> SourceKinds = ["article", "notes"];
    public static readonly IReadOnlyList<string> ChartKinds = ["bar", "hbar", "stacked-100", "range"];
    public static readonly IReadOnlyList<string> ChartSorts = ["none", "asc", "desc"];
    public static readonly IReadOnlyList<string> Qualifiers = ["up-to"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex TokenPattern();

    public static DataSetLoadResult Load(string directory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SeedError(directory, "-", "-", "the data directory does not exist"));
            return new DataSetLoadResult(null, errors);
        }

        var sourcesFile = Read<SourcesFile>(directory, Sources, errors);
        var figuresFile = Read<FiguresFile>(directory, Figures, errors);
        var chartsFile = Read<ChartsFile>(directory, Charts, errors);
        var backgroundFile = Read<BackgroundFile>(directory, Background, errors);
        var decksFile = Read<DecksFile>(directory, Decks, errors);
        if (sourcesFile is null || figuresFile is null || chartsFile is null || backgroundFile is null || decksFile is null)
        {
            return new DataSetLoadResult(null, errors);
        }

        var context = new Context(directory, errors);
        var sources = context.ReadSources(sourcesFile);
        var (figures, inputs) = context.ReadFigures(figuresFile, sources);
        var story = context.ReadStory(sourcesFile, sources, figures);
        var (charts, categories, series, cells) = context.ReadCharts(chartsFile, figures);
        var (sections, blocks) = context.ReadBackground(backgroundFile, sources);
        // Every chart key in charts.json, even of a chart with errors, so decks that name it add no follow-on errors.
        var chartKeys = (chartsFile.Charts ?? []).Select(c => c?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var (decks, slides) = context.ReadDecks(decksFile, chartKeys);
        var events = EventSetLoader.Load(directory, figures.Keys.ToHashSet(StringComparer.Ordinal), errors);
        if (chartKeys.Contains(SinceChartKey))
        {
            errors.Add(new SeedError(DataFiles.Charts, "charts", "key", $"'{SinceChartKey}' is reserved for the since-the-article chart"));
        }

        if (events is not null && !HasChartedCommitment(events))
        {
            foreach (var deck in decks.Where(d => d.IncludesSince))
            {
                errors.Add(new SeedError(DataFiles.Decks, $"decks[{deck.Position}] '{deck.Key}'", "since", $"the since-the-article chart needs a commitment with a period in events.json; there is none"));
            }
        }

        if (errors.Count > 0 || story is null || events is null)
        {
            return new DataSetLoadResult(null, errors);
        }

        var dataSet = new DataSet(
            ComputeContentHash(directory),
            story,
            sources.Values.ToList(),
            figures.Values.ToList(),
            inputs,
            charts,
            categories,
            series,
            cells,
            sections,
            blocks,
            decks,
            slides) { Events = events };
        return new DataSetLoadResult(dataSet, errors);
    }

    /// <summary>The key a deck's slide of the since-the-article chart goes by (<c>CommitmentPeriodsChart.Key</c>); no chart of charts.json may take it.</summary>
    public const string SinceChartKey = "since-commitments";

    /// <summary>Whether the since chart has a bar to draw: an article event with a period, or a charted follow-up amount.</summary>
    private static bool HasChartedCommitment(EventData events) =>
        events.Events.Any(e => e.Origin == "article" && e.PeriodFrom is not null && e.PeriodTo is not null)
        || events.Amounts.Any(a => a.Role is "commitment" or "joint-total" && a.SameAs is null && a.PeriodFrom is not null && a.PeriodTo is not null);

    /// <summary>A hash of every file under data/, so a start-up can tell whether anything changed.</summary>
    public static string ComputeContentHash(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(directory, relative)));
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static T? Read<T>(string directory, string file, List<SeedError> errors)
        where T : class
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            errors.Add(new SeedError(file, "-", "-", $"the file is missing (looked for {path})"));
            return null;
        }

        try
        {
            var content = JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), JsonOptions);
            if (content is null)
            {
                errors.Add(new SeedError(file, "-", "-", "the file holds null instead of an object"));
            }

            return content;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "-";
            var field = string.IsNullOrEmpty(ex.Path) ? "-" : ex.Path.TrimStart('$', '.');
            errors.Add(new SeedError(file, where, field, $"malformed JSON: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class Context(string directory, List<SeedError> errors)
    {
        public Dictionary<string, Source> ReadSources(SourcesFile file)
        {
            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            if (file.Sources is null || file.Sources.Count == 0)
            {
                Error(DataFiles.Sources, "-", "sources", "at least one source is required");
                return sources;
            }

            for (var i = 0; i < file.Sources.Count; i++)
            {
                var entry = file.Sources[i];
                var at = new Entry(DataFiles.Sources, "sources", i, entry?.Key);
                if (entry is null)
                {
                    at.Error(this, "-", "the entry is null");
                    continue;
                }

                var key = RequireKey(at, entry.Key, sources.ContainsKey);
                var kind = RequireOneOf(at, "kind", entry.Kind, SourceKinds);
                var publisher = RequireText(at, "publisher", entry.Publisher);
                var headline = RequireString(at, "headline", entry.Headline);
                var headlineEn = RequireString(at, "headlineEn", entry.HeadlineEn);
                var language = RequireString(at, "language", entry.Language);
                if (kind == "article" && string.IsNullOrWhiteSpace(entry.Url))
                {
                    at.Error(this, "url", "is required for an article");
                }

                foreach (var (url, field) in new[] { (entry.Url, "url") }.Concat((entry.AlternateUrls ?? []).Select((u, n) => ((string?)u, $"alternateUrls[{n}]"))))
                {
                    if (url is not null && !IsWebAddress(url))
                    {
                        at.Error(this, field, $"'{url}' is not an absolute http(s) address");
                    }
                }

                var publishedOn = OptionalDate(at, "publishedOn", entry.PublishedOn);
                if (entry.Text is not null && !File.Exists(Path.Combine(directory, entry.Text)))
                {
                    at.Error(this, "text", $"the source text file '{entry.Text}' does not exist in the data directory");
                }

                if (key is null || kind is null || publisher is null || headline is null || headlineEn is null || language is null)
                {
                    continue;
                }

                sources[key] = new Source
                {
                    Key = key,
                    Kind = kind,
                    PublisherKo = publisher.Value.Ko,
                    PublisherEn = publisher.Value.En,
                    Headline = headline,
                    HeadlineEn = headlineEn,
                    Url = entry.Url,
                    AlternateUrls = string.Join('\n', entry.AlternateUrls ?? []),
                    PublishedOn = publishedOn,
                    Language = language,
                    NoteKo = entry.Note?.Ko,
                    NoteEn = entry.Note?.En,
                    Position = i,
                };
                SourceTexts[key] = entry.Text is null ? null : ReadTextOrNull(entry.Text);
            }

            return sources;
        }

        public Dictionary<string, string?> SourceTexts { get; } = new(StringComparer.Ordinal);

        public Story? ReadStory(SourcesFile file, Dictionary<string, Source> sources, Dictionary<string, Figure> figures)
        {
            var at = new Entry(DataFiles.Sources, "story", null, null);
            if (file.Story is null)
            {
                at.Error(this, "story", "is required");
                return null;
            }

            var title = RequireText(at, "title", file.Story.Title);
            var summary = RequireText(at, "summary", file.Story.Summary);
            var announcedOn = OptionalDate(at, "announcedOn", file.Story.AnnouncedOn);
            if (announcedOn is null && file.Story.AnnouncedOn is null)
            {
                at.Error(this, "announcedOn", "is required");
            }

            var primary = RequireString(at, "primarySource", file.Story.PrimarySource);
            if (primary is not null && !sources.ContainsKey(primary))
            {
                at.Error(this, "primarySource", $"'{primary}' is not a source in {DataFiles.Sources}");
            }

            var headline = file.Story.HeadlineFigures ?? [];
            for (var i = 0; i < headline.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(headline[i]) || !figures.ContainsKey(headline[i]!))
                {
                    at.Error(this, $"headlineFigures[{i}]", $"'{headline[i]}' is not a figure in {DataFiles.Figures}");
                }
            }

            if (title is null || summary is null || announcedOn is null || primary is null)
            {
                return null;
            }

            return new Story
            {
                TitleKo = title.Value.Ko,
                TitleEn = title.Value.En,
                SummaryKo = summary.Value.Ko,
                SummaryEn = summary.Value.En,
                AnnouncedOn = announcedOn.Value,
                PrimarySourceKey = primary,
                HeadlineFigureKeys = string.Join(',', headline),
            };
        }

        public (Dictionary<string, Figure> Figures, List<FigureInput> Inputs) ReadFigures(FiguresFile file, Dictionary<string, Source> sources)
        {
            var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            var formulas = new Dictionary<string, (Formula Formula, Entry At)>(StringComparer.Ordinal);
            var pairs = new List<(Figure Figure, Entry At)>();
            if (file.Figures is null || file.Figures.Count == 0)
            {
                Error(DataFiles.Figures, "-", "figures", "at least one figure is required");
                return (figures, []);
            }

            for (var i = 0; i < file.Figures.Count; i++)
            {
                var entry = file.Figures[i];
                var at = new Entry(DataFiles.Figures, "figures", i, entry?.Key);
                if (entry is null)
                {
                    at.Error(this, "-", "the entry is null");
                    continue;
                }

                var key = RequireKey(at, entry.Key, figures.ContainsKey);
                var kind = RequireOneOf(at, "kind", entry.Kind, [FigureKinds.Reported, FigureKinds.Derived]);
                var label = RequireText(at, "label", entry.Label);
                var unit = RequireOneOf(at, "unit", entry.Unit, Units.FigureUnits);
                var period = RequireText(at, "period", entry.Period);
                if (entry.Qualifier is not null)
                {
                    RequireOneOf(at, "qualifier", entry.Qualifier, Qualifiers);
                }

                double value = 0;
                string? sourceKey = null;
                Formula? formula = null;
                if (kind == FigureKinds.Reported)
                {
                    value = RequireFiniteNumber(at, "value", entry.Value) ?? 0;
                    sourceKey = ReadCitation(at, entry.Citation, sources);
                    if (entry.Formula is not null)
                    {
                        at.Error(this, "formula", "a reported figure has a quote, not a formula; mark it \"kind\": \"derived\" or remove the formula");
                    }
                }
                else if (kind == FigureKinds.Derived)
                {
                    if (entry.Value is not null)
                    {
                        at.Error(this, "value", "a derived figure's value is computed from its formula; remove the value");
                    }

                    if (entry.Citation is not null)
                    {
                        at.Error(this, "citation", "a derived figure has no quote of its own; its inputs carry the citations");
                    }

                    if (RequireString(at, "formula", entry.Formula) is { } text)
                    {
                        if (Formula.TryParse(text, out formula, out var problem))
                        {
                            if (key is not null)
                            {
                                formulas[key] = (formula!, at);
                            }
                        }
                        else
                        {
                            at.Error(this, "formula", $"cannot be read: {problem}");
                        }
                    }
                }

                // A figure with a valid key is kept even when other fields are wrong, so that charts that
                // name it do not add follow-on errors; with any error no data set is returned anyway.
                if (key is null)
                {
                    continue;
                }

                var figure = new Figure
                {
                    Key = key,
                    Kind = kind ?? "",
                    LabelKo = label?.Ko ?? "",
                    LabelEn = label?.En ?? "",
                    Value = value,
                    Unit = unit ?? "",
                    Approximate = entry.Approximate ?? false,
                    Qualifier = entry.Qualifier,
                    PeriodKo = period?.Ko ?? "",
                    PeriodEn = period?.En ?? "",
                    PairKey = entry.Pair,
                    SourceKey = sourceKey,
                    Quote = entry.Citation?.Quote,
                    QuoteEn = entry.Citation?.QuoteEn,
                    AttributionKo = entry.Citation?.Attribution?.Ko,
                    AttributionEn = entry.Citation?.Attribution?.En,
                    Formula = formula?.Text,
                    NoteKo = entry.Note?.Ko,
                    NoteEn = entry.Note?.En,
                    Position = i,
                };
                figures[key] = figure;
                if (entry.Pair is not null)
                {
                    pairs.Add((figure, at));
                }
            }

            CheckPairs(figures, pairs);
            var inputs = ComputeDerived(figures, formulas);
            return (figures, inputs);
        }

        private string? ReadCitation(Entry at, CitationEntry? citation, Dictionary<string, Source> sources)
        {
            if (citation is null)
            {
                at.Error(this, "citation", "is required for a reported figure");
                return null;
            }

            var sourceKey = RequireString(at, "citation.source", citation.Source);
            if (sourceKey is not null && !sources.ContainsKey(sourceKey))
            {
                at.Error(this, "citation.source", $"'{sourceKey}' is not a source in {DataFiles.Sources}");
            }

            CheckQuote(at, sourceKey, citation.Quote, "a reported figure needs the verbatim sentence that states it");

            RequireString(at, "citation.quoteEn", citation.QuoteEn);
            if (citation.Attribution is not null)
            {
                RequireText(at, "citation.attribution", citation.Attribution);
            }

            return sourceKey;
        }

        /// <summary>A quote must be there, and where the source's text is in data/, appear in it exactly.</summary>
        private void CheckQuote(Entry at, string? sourceKey, string? quote, string why)
        {
            if (string.IsNullOrWhiteSpace(quote))
            {
                at.Error(this, "citation.quote", $"is empty: {why}");
            }
            else if (sourceKey is not null && SourceTexts.TryGetValue(sourceKey, out var text) && text is not null
                     && !text.Contains(quote, StringComparison.Ordinal))
            {
                at.Error(this, "citation.quote", $"is not found verbatim in the text of source '{sourceKey}'");
            }
        }

        public (List<Deck>, List<DeckSlide>) ReadDecks(DecksFile file, HashSet<string> charts)
        {
            var decks = new List<Deck>();
            var slides = new List<DeckSlide>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            if (file.Decks is null || file.Decks.Count == 0)
            {
                Error(DataFiles.Decks, "-", "decks", "at least one deck is required");
                return (decks, slides);
            }

            for (var i = 0; i < file.Decks.Count; i++)
            {
                var entry = file.Decks[i];
                var at = new Entry(DataFiles.Decks, "decks", i, entry?.Key);
                if (entry is null)
                {
                    at.Error(this, "-", "the entry is null");
                    continue;
                }

                var key = RequireKey(at, entry.Key, keys.Contains);
                var title = RequireText(at, "title", entry.Title);
                if ((entry.Charts is null || entry.Charts.Count == 0) && entry.Since != true)
                {
                    at.Error(this, "charts", "a deck needs at least one chart, or \"since\": true");
                }

                for (var c = 0; c < (entry.Charts?.Count ?? 0); c++)
                {
                    var chart = entry.Charts![c];
                    if (chart == SinceChartKey)
                    {
                        at.Error(this, $"charts[{c}]", $"'{chart}' is the since-the-article chart, drawn from events.json: set \"since\": true on the deck instead");
                    }
                    else if (string.IsNullOrWhiteSpace(chart) || !charts.Contains(chart))
                    {
                        at.Error(this, $"charts[{c}]", $"'{chart}' is not a chart in {DataFiles.Charts}");
                    }
                    else if (key is not null)
                    {
                        slides.Add(new DeckSlide { DeckKey = key, Position = c, ChartKey = chart });
                    }
                }

                if (key is null || title is null)
                {
                    continue;
                }

                keys.Add(key);
                decks.Add(new Deck { Key = key, Position = i, TitleKo = title.Value.Ko, TitleEn = title.Value.En, IsDefault = entry.Default ?? false, IncludesSince = entry.Since ?? false });
            }

            var defaults = decks.Count(d => d.IsDefault);
            if (defaults != 1 && decks.Count > 0)
            {
                Error(DataFiles.Decks, "decks", "default", $"exactly one deck must be \"default\": true; {defaults} are");
            }

            return (decks, slides);
        }

        public (List<BackgroundSection>, List<BackgroundBlock>) ReadBackground(BackgroundFile file, Dictionary<string, Source> sources)
        {
            var sections = new List<BackgroundSection>();
            var blocks = new List<BackgroundBlock>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (file.Sections?.Count ?? 0); i++)
            {
                var entry = file.Sections![i];
                var at = new Entry(DataFiles.Background, "sections", i, entry?.Key);
                if (entry is null)
                {
                    at.Error(this, "-", "the entry is null");
                    continue;
                }

                var key = RequireKey(at, entry.Key, keys.Contains);
                var title = RequireText(at, "title", entry.Title);
                var sourceKey = RequireString(at, "citation.source", entry.Citation?.Source);
                if (sourceKey is not null && !sources.ContainsKey(sourceKey))
                {
                    at.Error(this, "citation.source", $"'{sourceKey}' is not a source in {DataFiles.Sources}");
                }

                CheckQuote(at, sourceKey, entry.Citation?.Quote, "each section is cited to a sentence of its source");
                var texts = (entry.Paragraphs ?? []).Select(t => ("paragraph", t)).Concat((entry.Items ?? []).Select(t => ("item", t))).ToList();
                if (texts.Count == 0)
                {
                    at.Error(this, "paragraphs", "a section needs at least one paragraph or item");
                }

                var paragraphCount = entry.Paragraphs?.Count ?? 0;
                for (var b = 0; b < texts.Count; b++)
                {
                    var (kind, text) = texts[b];
                    var field = kind == "paragraph" ? $"paragraphs[{b}]" : $"items[{b - paragraphCount}]";
                    if (RequireText(at, field, text) is { } body && key is not null)
                    {
                        blocks.Add(new BackgroundBlock { SectionKey = key, Position = b, Kind = kind, TextKo = body.Ko, TextEn = body.En });
                    }
                }

                if (key is null || title is null || sourceKey is null || entry.Citation?.Quote is null)
                {
                    continue;
                }

                keys.Add(key);
                sections.Add(new BackgroundSection
                {
                    Key = key,
                    Position = i,
                    TitleKo = title.Value.Ko,
                    TitleEn = title.Value.En,
                    SourceKey = sourceKey,
                    Quote = entry.Citation.Quote,
                });
            }

            return (sections, blocks);
        }

        private void CheckPairs(Dictionary<string, Figure> figures, List<(Figure Figure, Entry At)> pairs)
        {
            foreach (var (figure, at) in pairs)
            {
                if (!figures.TryGetValue(figure.PairKey!, out var pair))
                {
                    at.Error(this, "pair", $"'{figure.PairKey}' is not a figure in {DataFiles.Figures}");
                    continue;
                }

                if (!Units.IsMoney(figure.Unit) || !Units.IsMoney(pair.Unit) || figure.Unit == pair.Unit)
                {
                    at.Error(this, "pair", $"a pair links the same amount in KRW and USD; '{figure.Key}' is {figure.Unit} and '{pair.Key}' is {pair.Unit}");
                }
                else if (pair.PairKey != figure.Key)
                {
                    at.Error(this, "pair", $"'{pair.Key}' must name '{figure.Key}' as its pair too");
                }
            }
        }

        private List<FigureInput> ComputeDerived(Dictionary<string, Figure> figures, Dictionary<string, (Formula Formula, Entry At)> formulas)
        {
            var inputs = new List<FigureInput>();
            var done = new HashSet<string>(StringComparer.Ordinal);
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            var failed = new HashSet<string>(StringComparer.Ordinal);

            foreach (var (key, (formula, at)) in formulas)
            {
                var missing = formula.Inputs.Where(input => !figures.ContainsKey(input)).ToList();
                foreach (var input in missing)
                {
                    at.Error(this, "formula", $"input '{input}' is not a figure in {DataFiles.Figures}");
                }

                if (missing.Count > 0)
                {
                    failed.Add(key);
                    continue;
                }

                if (figures.ContainsKey(key))
                {
                    inputs.AddRange(formula.Inputs.Select((input, position) => new FigureInput { FigureKey = key, InputKey = input, Position = position }));
                }
            }

            foreach (var key in formulas.Keys)
            {
                Evaluate(key);
            }

            return inputs;

            double Evaluate(string key)
            {
                if (!formulas.TryGetValue(key, out var derived) || done.Contains(key) || failed.Contains(key))
                {
                    return figures.TryGetValue(key, out var known) ? known.Value : double.NaN;
                }

                var (formula, at) = derived;
                if (!visiting.Add(key))
                {
                    at.Error(this, "formula", $"'{key}' depends on itself through its inputs");
                    failed.Add(key);
                    return double.NaN;
                }

                var result = formula.Evaluate(Evaluate);
                visiting.Remove(key);
                if (failed.Contains(key))
                {
                    return double.NaN;
                }

                if (!double.IsFinite(result))
                {
                    at.Error(this, "formula", $"'{formula.Text}' does not give a finite number (division by zero?)");
                    failed.Add(key);
                    return double.NaN;
                }

                done.Add(key);
                if (figures.TryGetValue(key, out var figure))
                {
                    figure.Value = result;
                }

                return result;
            }
        }

        public (List<Chart>, List<ChartCategory>, List<ChartSeries>, List<ChartCell>) ReadCharts(ChartsFile file, Dictionary<string, Figure> figures)
        {
            var charts = new List<Chart>();
            var categories = new List<ChartCategory>();
            var seriesRows = new List<ChartSeries>();
            var cells = new List<ChartCell>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            if (file.Charts is null || file.Charts.Count == 0)
            {
                Error(DataFiles.Charts, "-", "charts", "at least one chart is required");
                return (charts, categories, seriesRows, cells);
            }

            for (var i = 0; i < file.Charts.Count; i++)
            {
                var entry = file.Charts[i];
                var at = new Entry(DataFiles.Charts, "charts", i, entry?.Key);
                if (entry is null)
                {
                    at.Error(this, "-", "the entry is null");
                    continue;
                }

                var key = RequireKey(at, entry.Key, keys.Contains);
                var kind = RequireOneOf(at, "kind", entry.Kind, ChartKinds);
                var title = RequireText(at, "title", entry.Title);
                var subtitle = RequireText(at, "subtitle", entry.Subtitle);
                var takeaway = RequireText(at, "takeaway", entry.Takeaway);
                var unit = RequireOneOf(at, "unit", entry.Unit, Units.ChartUnits);
                var sort = entry.Sort is null ? "none" : RequireOneOf(at, "sort", entry.Sort, ChartSorts);
                if (takeaway is not null)
                {
                    CheckTokens(at, "takeaway", takeaway.Value, figures);
                }

                if (entry.Categories is null || entry.Categories.Count == 0)
                {
                    at.Error(this, "categories", "at least one category is required");
                }

                if (entry.Series is null || entry.Series.Count == 0)
                {
                    at.Error(this, "series", "at least one series is required");
                }
                else if (kind == "range" && entry.Series.Count != 2)
                {
                    at.Error(this, "series", "a range chart has exactly two series: where each bar starts and where it ends");
                }

                if (key is null)
                {
                    continue;
                }

                keys.Add(key);
                var chartCategories = (entry.Categories ?? []).Select((category, c) =>
                {
                    var label = RequireText(at, $"categories[{c}].label", category?.Label);
                    return label is null ? null : new ChartCategory { ChartKey = key, Position = c, LabelKo = label.Value.Ko, LabelEn = label.Value.En, Highlight = category!.Highlight ?? false };
                }).ToList();

                var chartSeries = new List<ChartSeries>();
                for (var s = 0; s < (entry.Series?.Count ?? 0); s++)
                {
                    var series = entry.Series![s];
                    var label = RequireText(at, $"series[{s}].label", series?.Label);
                    var seriesFigures = series?.Figures ?? [];
                    if (seriesFigures.Count != chartCategories.Count)
                    {
                        at.Error(this, $"series[{s}].figures", $"has {seriesFigures.Count} figures for {chartCategories.Count} categories; give one figure per category");
                    }

                    for (var c = 0; c < seriesFigures.Count; c++)
                    {
                        var figureKey = seriesFigures[c];
                        var field = $"series[{s}].figures[{c}]";
                        if (string.IsNullOrWhiteSpace(figureKey) || !figures.TryGetValue(figureKey, out var figure))
                        {
                            at.Error(this, field, $"'{figureKey}' is not a figure in {DataFiles.Figures}");
                            continue;
                        }

                        if (unit is not null && figure.Unit.Length > 0 && !Units.Fits(figure.Unit, unit))
                        {
                            at.Error(this, field, $"'{figureKey}' is in {figure.Unit}, which does not fit the chart's unit {unit}");
                        }

                        cells.Add(new ChartCell { ChartKey = key, SeriesPosition = s, CategoryPosition = c, FigureKey = figureKey });
                    }

                    if (label is not null)
                    {
                        chartSeries.Add(new ChartSeries { ChartKey = key, Position = s, LabelKo = label.Value.Ko, LabelEn = label.Value.En });
                    }
                }

                if (kind is null || title is null || subtitle is null || takeaway is null || unit is null || sort is null)
                {
                    continue;
                }

                charts.Add(new Chart
                {
                    Key = key,
                    Kind = kind,
                    TitleKo = title.Value.Ko,
                    TitleEn = title.Value.En,
                    SubtitleKo = subtitle.Value.Ko,
                    SubtitleEn = subtitle.Value.En,
                    TakeawayKo = takeaway.Value.Ko,
                    TakeawayEn = takeaway.Value.En,
                    NoteKo = entry.Note?.Ko,
                    NoteEn = entry.Note?.En,
                    Unit = unit,
                    Sort = sort,
                    Position = i,
                });
                categories.AddRange(chartCategories.OfType<ChartCategory>());
                seriesRows.AddRange(chartSeries);
            }

            return (charts, categories, seriesRows, cells);
        }

        private void CheckTokens(Entry at, string field, (string Ko, string En) text, Dictionary<string, Figure> figures)
        {
            foreach (var (value, language) in new[] { (text.Ko, "ko"), (text.En, "en") })
            {
                foreach (Match token in TokenPattern().Matches(value))
                {
                    if (!figures.ContainsKey(token.Groups[1].Value))
                    {
                        at.Error(this, $"{field}.{language}", $"'{{{token.Groups[1].Value}}}' is not a figure in {DataFiles.Figures}");
                    }
                }
            }
        }

        private string? ReadTextOrNull(string relative)
        {
            var path = Path.Combine(directory, relative);
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }

        public void Error(string file, string entry, string field, string message) =>
            errors.Add(new SeedError(file, entry, field, message));

        private string? RequireKey(Entry at, string? key, Func<string, bool> seen)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                at.Error(this, "key", "is required");
                return null;
            }

            if (!SlugPattern().IsMatch(key))
            {
                at.Error(this, "key", $"'{key}' is not a slug (lower-case letters, digits and single hyphens)");
                return null;
            }

            if (seen(key))
            {
                at.Error(this, "key", $"'{key}' is used by an earlier entry; keys must be unique");
                return null;
            }

            return key;
        }

        private string? RequireString(Entry at, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                at.Error(this, field, "is required");
                return null;
            }

            return value;
        }

        private string? RequireOneOf(Entry at, string field, string? value, IReadOnlyList<string> allowed)
        {
            if (RequireString(at, field, value) is not { } present)
            {
                return null;
            }

            if (!allowed.Contains(present))
            {
                at.Error(this, field, $"'{present}' is not one of: {string.Join(", ", allowed)}");
                return null;
            }

            return present;
        }

        private (string Ko, string En)? RequireText(Entry at, string field, Text? text)
        {
            var ko = RequireString(at, $"{field}.ko", text?.Ko);
            var en = RequireString(at, $"{field}.en", text?.En);
            return ko is null || en is null ? null : (ko, en);
        }

        private double? RequireFiniteNumber(Entry at, string field, JsonElement? value)
        {
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                at.Error(this, field, "is required");
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Number)
            {
                at.Error(this, field, $"must be a finite number, not {value.Value.ValueKind.ToString().ToLowerInvariant()} {value.Value.GetRawText()}");
                return null;
            }

            if (!value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                at.Error(this, field, $"must be a finite number, not {value.Value.GetRawText()}");
                return null;
            }

            return number;
        }

        private DateOnly? OptionalDate(Entry at, string field, string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            at.Error(this, field, $"'{value}' is not a date in the form yyyy-MM-dd");
            return null;
        }

        private static bool IsWebAddress(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    /// <summary>Where in a file an entry sits: its list, position and key, for messages.</summary>
    private sealed record Entry(string File, string List, int? Index, string? Key)
    {
        public override string ToString() => Index is null
            ? List
            : string.IsNullOrWhiteSpace(Key) ? $"{List}[{Index}]" : $"{List}[{Index}] '{Key}'";

        public void Error(Context context, string field, string message) => context.Error(File, ToString(), field, message);
    }
}
