using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Builds the entities of a <see cref="DataSet"/> from data files whose shape their schemas have already checked
/// (so a required field is there, a value is one of those allowed, a key is a slug), adding through the shared
/// <see cref="EntryReader"/> an error for everything a schema cannot say. The cross-file checks (quotes, pairs,
/// formulas, takeaways) are in EntityBuilder.References.cs, charts in EntityBuilder.Charts.cs.
/// </summary>
internal sealed partial class EntityBuilder(DataDirectoryContents contents, EntryReader rules)
{
    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex TokenPattern();

    public Dictionary<string, string?> SourceTexts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Source> ReadSources(SourcesFile file)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        for (var i = 0; i < file.Sources!.Count; i++)
        {
            var entry = file.Sources[i]!;
            var at = new EntryLocation(DataFileSchemas.Sources, "sources", i, entry.Key);
            var key = rules.UniqueKey(at, entry.Key!, sources.ContainsKey);
            if (entry.Kind == "article" && entry.Url is null)
            {
                rules.Error(at, "url", "is required for an article");
            }

            rules.WebAddress(at, "url", entry.Url);
            for (var n = 0; n < (entry.AlternateUrls?.Count ?? 0); n++)
            {
                rules.WebAddress(at, $"alternateUrls[{n}]", entry.AlternateUrls![n]);
            }

            var publishedOn = rules.Day(at, "publishedOn", entry.PublishedOn);
            var text = entry.Text is null ? null : ReadTextOrNull(entry.Text);
            if (entry.Text is not null && text is null)
            {
                rules.Error(at, "text", $"the source text file '{entry.Text}' does not exist in the data directory");
            }

            if (key is null)
            {
                continue;
            }

            sources[key] = new Source
            {
                Key = key,
                Kind = entry.Kind!,
                PublisherKo = entry.Publisher!.Ko!,
                PublisherEn = entry.Publisher.En!,
                Headline = entry.Headline!,
                HeadlineEn = entry.HeadlineEn!,
                Url = entry.Url,
                AlternateUrls = string.Join('\n', entry.AlternateUrls ?? []),
                PublishedOn = publishedOn,
                Language = entry.Language!,
                NoteKo = entry.Note?.Ko,
                NoteEn = entry.Note?.En,
                Position = i,
            };
            SourceTexts[key] = text;
        }

        return sources;
    }

    public Story? ReadStory(SourcesFile file, Dictionary<string, Source> sources, Dictionary<string, Figure> figures)
    {
        var at = new EntryLocation(DataFileSchemas.Sources, "story", null, null);
        var story = file.Story!;
        var announcedOn = rules.Day(at, "announcedOn", story.AnnouncedOn);
        var primary = rules.Reference(at, "primarySource", story.PrimarySource, sources.ContainsKey, $"a source in {DataFileSchemas.Sources}");
        var headline = story.HeadlineFigures ?? [];
        for (var i = 0; i < headline.Count; i++)
        {
            rules.Reference(at, $"headlineFigures[{i}]", headline[i], figures.ContainsKey, $"a figure in {DataFileSchemas.Figures}");
        }

        // The title is filled with figures in the reader's currency (FigurePresenter.StoryTitle); the summary is
        // shown as written.
        CheckTokens(at, "title", story.Title!, figures);
        CheckNoTokens(at, "summary", story.Summary!);

        return announcedOn is null || !primary
            ? null
            : new Story
            {
                TitleKo = story.Title!.Ko!,
                TitleEn = story.Title.En!,
                SummaryKo = story.Summary!.Ko!,
                SummaryEn = story.Summary.En!,
                AnnouncedOn = announcedOn.Value,
                PrimarySourceKey = story.PrimarySource!,
                HeadlineFigureKeys = string.Join(',', headline),
            };
    }

    public (Dictionary<string, Figure> Figures, List<FigureInput> Inputs) ReadFigures(FiguresFile file, Dictionary<string, Source> sources)
    {
        var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var formulas = new Dictionary<string, (Formula Formula, EntryLocation At)>(StringComparer.Ordinal);
        var pairs = new List<(Figure Figure, EntryLocation At)>();
        for (var i = 0; i < file.Figures!.Count; i++)
        {
            var entry = file.Figures[i]!;
            var at = new EntryLocation(DataFileSchemas.Figures, "figures", i, entry.Key);
            var key = rules.UniqueKey(at, entry.Key!, figures.ContainsKey);
            double value = 0;
            string? sourceKey = null;
            Formula? formula = null;
            if (entry.Kind == FigureKinds.Reported)
            {
                if (entry.Value is null)
                {
                    rules.Error(at, "value", "is required");
                }

                value = rules.FiniteNumber(at, "value", entry.Value) is { } number ? rules.InRange(at, "value", number, entry.Unit) : 0;
                sourceKey = ReadCitation(at, entry.Citation, sources);
                if (entry.Formula is not null)
                {
                    rules.Error(at, "formula", "a reported figure has a quote, not a formula; mark it \"kind\": \"derived\" or remove the formula");
                }
            }
            else
            {
                formula = ReadFormula(at, key, entry, formulas);
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
                Kind = entry.Kind!,
                LabelKo = entry.Label!.Ko!,
                LabelEn = entry.Label.En!,
                Value = value,
                Unit = entry.Unit!,
                Approximate = entry.Approximate ?? false,
                Qualifier = entry.Qualifier,
                PeriodKo = entry.Period!.Ko!,
                PeriodEn = entry.Period.En!,
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

    /// <summary>A derived figure's formula, parsed; a derived figure carries neither a value nor a quote of its own.</summary>
    private Formula? ReadFormula(EntryLocation at, string? key, FigureEntry entry, Dictionary<string, (Formula Formula, EntryLocation At)> formulas)
    {
        if (entry.Value is not null)
        {
            rules.Error(at, "value", "a derived figure's value is computed from its formula; remove the value");
        }

        if (entry.Citation is not null)
        {
            rules.Error(at, "citation", "a derived figure has no quote of its own; its inputs carry the citations");
        }

        if (entry.Formula is null)
        {
            rules.Error(at, "formula", "is required");
            return null;
        }

        if (!Formula.TryParse(entry.Formula, out var formula, out var problem))
        {
            rules.Error(at, "formula", $"cannot be read: {problem}");
            return null;
        }

        if (key is not null)
        {
            formulas[key] = (formula!, at);
        }

        return formula;
    }

    public (List<Deck>, List<DeckSlide>) ReadDecks(DecksFile file, HashSet<string> charts)
    {
        var decks = new List<Deck>();
        var slides = new List<DeckSlide>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Decks!.Count; i++)
        {
            var entry = file.Decks[i]!;
            var at = new EntryLocation(DataFileSchemas.Decks, "decks", i, entry.Key);
            var key = rules.UniqueKey(at, entry.Key!, keys.Contains);
            if (key is DataSetLoader.PresenterWord or DataSetLoader.SelectionWord)
            {
                rules.Error(at, "key", $"'{key}' is a word of the deck addresses (/present/{key}), so the deck could never be reached: name it otherwise");
                key = null;
            }

            // A deck's title is shown as written (the slide's kicker, the deck's page title).
            CheckNoTokens(at, "title", entry.Title!);
            if (entry.Charts!.Count == 0 && entry.Since != true)
            {
                rules.Error(at, "charts", "a deck needs at least one chart, or \"since\": true");
            }

            for (var c = 0; c < entry.Charts.Count; c++)
            {
                var chart = entry.Charts[c];
                if (chart == DataSetLoader.SinceChartKey)
                {
                    rules.Error(at, $"charts[{c}]", $"'{chart}' is the since-the-article chart, drawn from events.json: set \"since\": true on the deck instead");
                }
                else if (rules.Reference(at, $"charts[{c}]", chart, charts.Contains, $"a chart in {DataFileSchemas.Charts}") && key is not null)
                {
                    slides.Add(new DeckSlide { DeckKey = key, Position = c, ChartKey = chart! });
                }
            }

            if (key is null)
            {
                continue;
            }

            keys.Add(key);
            decks.Add(new Deck { Key = key, Position = i, TitleKo = entry.Title!.Ko!, TitleEn = entry.Title.En!, IsDefault = entry.Default ?? false, IncludesSince = entry.Since ?? false });
        }

        var defaults = decks.Count(d => d.IsDefault);
        if (defaults != 1 && decks.Count > 0)
        {
            rules.Error(DataFileSchemas.Decks, "decks", "default", $"exactly one deck must be \"default\": true; {defaults} are");
        }

        return (decks, slides);
    }

    public (List<BackgroundSection>, List<BackgroundBlock>) ReadBackground(BackgroundFile file, Dictionary<string, Source> sources)
    {
        var sections = new List<BackgroundSection>();
        var blocks = new List<BackgroundBlock>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Sections!.Count; i++)
        {
            var entry = file.Sections[i]!;
            var at = new EntryLocation(DataFileSchemas.Background, "sections", i, entry.Key);
            var key = rules.UniqueKey(at, entry.Key!, keys.Contains);
            var sourceKey = entry.Citation!.Source!;
            if (rules.Reference(at, "citation.source", sourceKey, sources.ContainsKey, $"a source in {DataFileSchemas.Sources}"))
            {
                rules.Verbatim(at, "citation.quote", entry.Citation.Quote!, sourceKey, SourceTexts.GetValueOrDefault(sourceKey));
            }

            var texts = (entry.Paragraphs ?? []).Select(t => ("paragraph", t!)).Concat((entry.Items ?? []).Select(t => ("item", t!))).ToList();
            if (texts.Count == 0)
            {
                rules.Error(at, "paragraphs", "a section needs at least one paragraph or item");
            }

            if (key is null)
            {
                continue;
            }

            keys.Add(key);
            blocks.AddRange(texts.Select((block, b) => new BackgroundBlock { SectionKey = key, Position = b, Kind = block.Item1, TextKo = block.Item2.Ko!, TextEn = block.Item2.En! }));
            sections.Add(new BackgroundSection
            {
                Key = key,
                Position = i,
                TitleKo = entry.Title!.Ko!,
                TitleEn = entry.Title.En!,
                SourceKey = sourceKey,
                Quote = entry.Citation.Quote!,
            });
        }

        return (sections, blocks);
    }
}
