using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Builds the entities of a <see cref="DataSet"/> from data files whose shape their schemas have already checked,
/// adding an error for everything a schema cannot say. The cross-file checks are in EntityBuilder.References.cs,
/// the one-field checks in EntityBuilder.Fields.cs.
/// </summary>
internal sealed partial class EntityBuilder(DataDirectoryContents contents, List<SeedError> errors)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex TokenPattern();

    public Dictionary<string, Source> ReadSources(SourcesFile file)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        if (file.Sources is null || file.Sources.Count == 0)
        {
            Error(DataFileSchemas.Sources, "-", "sources", "at least one source is required");
            return sources;
        }

        for (var i = 0; i < file.Sources.Count; i++)
        {
            var entry = file.Sources[i];
            var at = new EntryLocation(DataFileSchemas.Sources, "sources", i, entry?.Key);
            if (entry is null)
            {
                at.Error(this, "-", "the entry is null");
                continue;
            }

            var key = RequireKey(at, entry.Key, sources.ContainsKey);
            var kind = RequireOneOf(at, "kind", entry.Kind, DataSetLoader.SourceKinds);
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
            if (entry.Text is not null && ReadTextOrNull(entry.Text) is null)
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
        var at = new EntryLocation(DataFileSchemas.Sources, "story", null, null);
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
            at.Error(this, "primarySource", $"'{primary}' is not a source in {DataFileSchemas.Sources}");
        }

        var headline = file.Story.HeadlineFigures ?? [];
        for (var i = 0; i < headline.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(headline[i]) || !figures.ContainsKey(headline[i]!))
            {
                at.Error(this, $"headlineFigures[{i}]", $"'{headline[i]}' is not a figure in {DataFileSchemas.Figures}");
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
        var formulas = new Dictionary<string, (Formula Formula, EntryLocation At)>(StringComparer.Ordinal);
        var pairs = new List<(Figure Figure, EntryLocation At)>();
        if (file.Figures is null || file.Figures.Count == 0)
        {
            Error(DataFileSchemas.Figures, "-", "figures", "at least one figure is required");
            return (figures, []);
        }

        for (var i = 0; i < file.Figures.Count; i++)
        {
            var entry = file.Figures[i];
            var at = new EntryLocation(DataFileSchemas.Figures, "figures", i, entry?.Key);
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
                RequireOneOf(at, "qualifier", entry.Qualifier, DataSetLoader.Qualifiers);
            }

            double value = 0;
            string? sourceKey = null;
            Formula? formula = null;
            if (kind == FigureKinds.Reported)
            {
                value = RequireFiniteNumber(at, "value", entry.Value) is { } number ? CheckRange(at, "value", number, unit) : 0;
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
    public (List<Deck>, List<DeckSlide>) ReadDecks(DecksFile file, HashSet<string> charts)
    {
        var decks = new List<Deck>();
        var slides = new List<DeckSlide>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (file.Decks is null || file.Decks.Count == 0)
        {
            Error(DataFileSchemas.Decks, "-", "decks", "at least one deck is required");
            return (decks, slides);
        }

        for (var i = 0; i < file.Decks.Count; i++)
        {
            var entry = file.Decks[i];
            var at = new EntryLocation(DataFileSchemas.Decks, "decks", i, entry?.Key);
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
                if (chart == DataSetLoader.SinceChartKey)
                {
                    at.Error(this, $"charts[{c}]", $"'{chart}' is the since-the-article chart, drawn from events.json: set \"since\": true on the deck instead");
                }
                else if (string.IsNullOrWhiteSpace(chart) || !charts.Contains(chart))
                {
                    at.Error(this, $"charts[{c}]", $"'{chart}' is not a chart in {DataFileSchemas.Charts}");
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
            Error(DataFileSchemas.Decks, "decks", "default", $"exactly one deck must be \"default\": true; {defaults} are");
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
            var at = new EntryLocation(DataFileSchemas.Background, "sections", i, entry?.Key);
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
                at.Error(this, "citation.source", $"'{sourceKey}' is not a source in {DataFileSchemas.Sources}");
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
    public (List<Chart>, List<ChartCategory>, List<ChartSeries>, List<ChartCell>) ReadCharts(ChartsFile file, Dictionary<string, Figure> figures)
    {
        var charts = new List<Chart>();
        var categories = new List<ChartCategory>();
        var seriesRows = new List<ChartSeries>();
        var cells = new List<ChartCell>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (file.Charts is null || file.Charts.Count == 0)
        {
            Error(DataFileSchemas.Charts, "-", "charts", "at least one chart is required");
            return (charts, categories, seriesRows, cells);
        }

        for (var i = 0; i < file.Charts.Count; i++)
        {
            var entry = file.Charts[i];
            var at = new EntryLocation(DataFileSchemas.Charts, "charts", i, entry?.Key);
            if (entry is null)
            {
                at.Error(this, "-", "the entry is null");
                continue;
            }

            var key = RequireKey(at, entry.Key, keys.Contains);
            var kind = RequireOneOf(at, "kind", entry.Kind, DataSetLoader.ChartKinds);
            var title = RequireText(at, "title", entry.Title);
            var subtitle = RequireText(at, "subtitle", entry.Subtitle);
            var takeaway = RequireText(at, "takeaway", entry.Takeaway);
            var unit = RequireOneOf(at, "unit", entry.Unit, Units.ChartUnits);
            var sort = entry.Sort is null ? "none" : RequireOneOf(at, "sort", entry.Sort, DataSetLoader.ChartSorts);
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
                        at.Error(this, field, $"'{figureKey}' is not a figure in {DataFileSchemas.Figures}");
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
}
