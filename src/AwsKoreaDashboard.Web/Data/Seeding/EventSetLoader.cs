using static AwsKoreaDashboard.Web.Data.Seeding.EventFiles;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Reads data/events.json: what happened after the article, cited outlet by outlet. Its schema
/// (events.schema.json) has already checked the shape: required fields, allowed values, an article event's
/// figures against a follow-up's citations, a date's form for its precision. What is left is what a schema
/// cannot say, checked with the shared <see cref="EntryReader"/>: keys, references (outlets, figures, amounts,
/// events), calendar dates, finite numbers, periods in order. With any problem no rows are returned.
/// The disagreements and comparisons are read in EventSetLoader.Sides.cs.
/// </summary>
internal static partial class EventSetLoader
{
    /// <summary>The events of data/, or null with the problems added to the reader's errors.</summary>
    public static EventData? Load(DataDirectoryContents contents, string directory, IReadOnlySet<string> figureKeys, EntryReader rules)
    {
        if (DataFileShape.Read<EventsFile>(contents, directory, Events, rules.Errors) is not { } file)
        {
            return null;
        }

        var before = rules.Errors.Count;
        var data = new Reader(rules, figureKeys).Read(file);
        return rules.Errors.Count > before ? null : data;
    }

    private static EntryLocation At(string list, int? index, string? key) => new(Events, list, index, key);

    private sealed partial class Reader(EntryReader rules, IReadOnlySet<string> figureKeys)
    {
        private readonly Dictionary<string, Outlet> _outlets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TimelineEvent> _events = new(StringComparer.Ordinal);
        // Every event key read, even of an event with other errors, so references to it add no follow-on errors.
        private readonly HashSet<string> _eventKeys = new(StringComparer.Ordinal);
        private readonly List<(EntryLocation At, string Field, string Target, string EventKey)> _sameAs = [];
        private readonly Dictionary<string, HashSet<string>> _citedOutlets = new(StringComparer.Ordinal);
        private readonly List<EventAmount> _amounts = [];
        private readonly List<EventCitation> _citations = [];
        private readonly List<EventCitationValue> _citationValues = [];

        public EventData Read(EventsFile file)
        {
            for (var i = 0; i < file.Outlets!.Count; i++)
            {
                var entry = file.Outlets[i]!;
                if (rules.UniqueKey(At("outlets", i, entry.Key), entry.Key!, _outlets.ContainsKey) is { } key)
                {
                    _outlets[key] = new Outlet { Key = key, NameKo = entry.Name!.Ko!, NameEn = entry.Name.En!, Position = i };
                }
            }

            var rate = ReadPageRate(file.PageRate!);
            ReadEvents(file.Events!);
            foreach (var (at, field, target, eventKey) in _sameAs.Where(s => !_eventKeys.Contains(s.Target) || s.Target == s.EventKey))
            {
                rules.Error(at, field, $"'{target}' is not another event in {Events}");
            }

            var (disagreements, disagreementValues) = ReadDisagreements(file.Disagreements ?? []);
            var (comparisons, comparisonValues) = ReadComparisons(file.Comparisons ?? []);
            return new EventData(
                rate,
                _outlets.Values.ToList(),
                _events.Values.ToList(),
                _amounts,
                _citations,
                _citationValues,
                disagreements,
                disagreementValues,
                comparisons,
                comparisonValues);
        }

        private PageRate? ReadPageRate(PageRateEntry entry)
        {
            var at = At("pageRate", null, null);
            var rate = rules.FiniteNumber(at, "krwPerUsd", entry.KrwPerUsd);
            var outlet = KnownOutlet(at, "outlet", entry.Outlet);
            var date = rules.Day(at, "date", entry.Date);
            var url = rules.WebAddress(at, "url", entry.Url);
            return rate is null || outlet is null || !url
                ? null
                : new PageRate { KrwPerUsd = rate.Value, OutletKey = outlet, StatedOn = date, Url = entry.Url!, LabelKo = entry.Label!.Ko!, LabelEn = entry.Label.En! };
        }

        private void ReadEvents(List<EventEntry?> events)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var entry = events[i]!;
                var at = At("events", i, entry.Key);
                var key = rules.UniqueKey(at, entry.Key!, _eventKeys.Contains);
                var sortDate = rules.DateOfPrecision(at, "date", entry.Date!, entry.Precision!);
                var period = entry.Period is null ? null : Period(at, "period", entry.Period);
                var figures = entry.Figures ?? [];
                for (var j = 0; j < figures.Count; j++)
                {
                    rules.Reference(at, $"figures[{j}]", figures[j], figureKeys.Contains, $"a figure in {DataFileSchemas.Figures}");
                }

                if (key is null)
                {
                    continue;
                }

                var amountKeys = ReadAmounts(at, key, entry.Amounts ?? []);
                _eventKeys.Add(key);
                ReadCitations(at, key, entry.Citations ?? [], amountKeys);
                if (sortDate is null)
                {
                    continue;
                }

                var notes = entry.Notes ?? [];
                _events[key] = new TimelineEvent
                {
                    Key = key,
                    Position = i,
                    Origin = entry.Origin!,
                    Scope = entry.Scope ?? "korea",
                    Date = entry.Date!,
                    Precision = entry.Precision!,
                    SortDate = sortDate.Value,
                    Kind = entry.Kind!,
                    SummaryKo = entry.Summary!.Ko!,
                    SummaryEn = entry.Summary.En!,
                    PeriodFrom = period?.From,
                    PeriodTo = period?.To,
                    PeriodKo = period?.Ko,
                    PeriodEn = period?.En,
                    FigureKeys = string.Join(',', figures),
                    NotesKo = string.Join('\n', notes.Select(n => n!.Ko)),
                    NotesEn = string.Join('\n', notes.Select(n => n!.En)),
                };
            }
        }

        private HashSet<string> ReadAmounts(EntryLocation at, string eventKey, List<AmountEntry?> amounts)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < amounts.Count; j++)
            {
                var entry = amounts[j]!;
                var field = $"amounts[{j}]";
                var key = rules.UniqueKey(at, entry.Key!, keys.Contains, $"{field}.key");
                var value = rules.FiniteNumber(at, $"{field}.value", entry.Value);
                var period = Period(at, $"{field}.period", entry.Period!);
                if (entry.PartOf is not null)
                {
                    rules.Reference(at, $"{field}.partOf", entry.PartOf, k => amounts.Any(a => a!.Key == k && a != entry), "another amount of this event");
                }

                if (entry.SameAs is not null)
                {
                    _sameAs.Add((at, $"{field}.sameAs", entry.SameAs, eventKey));
                }

                if (key is null)
                {
                    continue;
                }

                keys.Add(key);
                if (value is null || period is null)
                {
                    continue;
                }

                _amounts.Add(new EventAmount
                {
                    EventKey = eventKey,
                    Position = j,
                    Key = key,
                    Role = entry.Role!,
                    LabelKo = entry.Label!.Ko!,
                    LabelEn = entry.Label.En!,
                    Value = value.Value,
                    Currency = entry.Currency!,
                    Approximate = entry.Approximate ?? false,
                    Qualifier = entry.Qualifier,
                    PeriodFrom = period.Value.From,
                    PeriodTo = period.Value.To,
                    PeriodKo = period.Value.Ko,
                    PeriodEn = period.Value.En,
                    PartOf = entry.PartOf,
                    SameAs = entry.SameAs,
                    OverlapKo = entry.Overlap?.Ko,
                    OverlapEn = entry.Overlap?.En,
                });
            }

            return keys;
        }

        private void ReadCitations(EntryLocation at, string eventKey, List<OutletCitationEntry?> citations, HashSet<string> amountKeys)
        {
            var cited = _citedOutlets[eventKey] = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < citations.Count; c++)
            {
                var field = $"citations[{c}]";
                // Even from a citation with errors, so a disagreement naming the outlet adds no follow-on error.
                cited.Add(citations[c]!.Outlet!);
                if (ReadCitation(at, field, citations[c]!) is not { } citation)
                {
                    continue;
                }

                citation.EventKey = eventKey;
                citation.Position = c;
                _citations.Add(citation);
                var values = citations[c]!.Values ?? [];
                for (var v = 0; v < values.Count; v++)
                {
                    var entry = values[v]!;
                    var valueField = $"{field}.values[{v}]";
                    var known = rules.Reference(at, $"{valueField}.amount", entry.Amount, amountKeys.Contains, "an amount of this event");
                    var value = rules.FiniteNumber(at, $"{valueField}.value", entry.Value);
                    var rate = rules.FiniteNumber(at, $"{valueField}.krwPerUsd", entry.KrwPerUsd);
                    if (entry.KrwPerUsd is not null && entry.Converted != true)
                    {
                        // The schema asks for "converted" beside a rate; that it is true is a rule of its own.
                        rules.Error(at, $"{valueField}.krwPerUsd", "a stated rate belongs to a converted value; add \"converted\": true");
                    }

                    if (!known || value is null)
                    {
                        continue;
                    }

                    _citationValues.Add(new EventCitationValue
                    {
                        EventKey = eventKey,
                        CitationPosition = c,
                        Position = v,
                        AmountKey = entry.Amount!,
                        Value = value.Value,
                        Currency = entry.Currency!,
                        Approximate = entry.Approximate ?? false,
                        Qualifier = entry.Qualifier,
                        Converted = entry.Converted ?? false,
                        KrwPerUsd = rate,
                    });
                }
            }
        }

        /// <summary>A citation without its values; event key and position are filled in by the caller.</summary>
        private EventCitation? ReadCitation(EntryLocation at, string field, OutletCitationEntry entry)
        {
            var outlet = KnownOutlet(at, $"{field}.outlet", entry.Outlet);
            var url = rules.WebAddress(at, $"{field}.url", entry.Url);
            var date = rules.Day(at, $"{field}.date", entry.Date);
            return outlet is null || !url || (entry.Date is not null && date is null)
                ? null
                : new EventCitation { EventKey = "", OutletKey = outlet, Via = entry.Via, PublishedOn = date, Url = entry.Url!, Language = entry.Language!, Headline = entry.Headline };
        }

        private (int? From, int? To, string Ko, string En)? Period(EntryLocation at, string field, PeriodEntry period) =>
            rules.InOrder(at, field, period.From, period.To) ? (period.From, period.To, period.Text!.Ko!, period.Text.En!) : null;

        private string? KnownOutlet(EntryLocation at, string field, string? key) =>
            rules.Reference(at, field, key, _outlets.ContainsKey, $"an outlet in {Events} › outlets") ? key : null;
    }
}
