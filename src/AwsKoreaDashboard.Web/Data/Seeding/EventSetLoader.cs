using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;
using static AwsKoreaDashboard.Web.Data.Seeding.EventFiles;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Reads and checks data/events.json: what happened after the article, cited outlet by outlet. Every
/// problem is reported as file › entry › field; with any problem no rows are returned.
/// </summary>
public static partial class EventSetLoader
{
    public static readonly IReadOnlyList<string> Origins = ["article", "follow-up"];
    public static readonly IReadOnlyList<string> Scopes = ["korea", "regional"];
    public static readonly IReadOnlyList<string> Kinds = ["announcement", "permit", "construction", "groundbreaking", "pledge"];
    public static readonly IReadOnlyList<string> Precisions = ["day", "month", "quarter"];
    public static readonly IReadOnlyList<string> Roles = ["commitment", "joint-total", "share", "contract", "to-date", "cumulative", "context", "restated"];
    public static readonly IReadOnlyList<string> Currencies = ["KRW", "USD"];
    public static readonly IReadOnlyList<string> Qualifiers = ["at-least", "more-than", "up-to"];
    public static readonly IReadOnlyList<string> Languages = ["ko", "en"];
    public static readonly IReadOnlyList<string> DisagreementUnits = ["KRW", "USD", "MW"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^([0-9]{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    /// <summary>
    /// The events of data/, read like every other data file (regular files only, byte-order mark, duplicate
    /// properties, nesting, its schema), or null with the problems added to <paramref name="errors"/>.
    /// </summary>
    public static EventData? Load(DataDirectoryContents contents, string directory, IReadOnlySet<string> figureKeys, List<SeedError> errors)
    {
        if (DataFileShape.Read<EventsFile>(contents, directory, Events, errors) is not { } file)
        {
            return null;
        }

        var before = errors.Count;
        var reader = new Reader(errors, figureKeys);
        var data = reader.Read(file);
        return errors.Count > before ? null : data;
    }

    private sealed class Reader(List<SeedError> errors, IReadOnlySet<string> figureKeys)
    {
        private readonly Dictionary<string, Outlet> _outlets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TimelineEvent> _events = new(StringComparer.Ordinal);
        // Every event key read, even of an event with other errors, so references to it add no follow-on errors.
        private readonly HashSet<string> _eventKeys = new(StringComparer.Ordinal);
        private readonly List<(At At, string Field, string Target, string EventKey)> _sameAs = [];
        private readonly Dictionary<string, HashSet<string>> _citedOutlets = new(StringComparer.Ordinal);
        private readonly List<EventAmount> _amounts = [];
        private readonly List<EventCitation> _citations = [];
        private readonly List<EventCitationValue> _citationValues = [];

        public EventData Read(EventsFile file)
        {
            ReadOutlets(file.Outlets);
            var rate = ReadPageRate(file.PageRate);
            ReadEvents(file.Events);
            foreach (var (at, field, target, eventKey) in _sameAs.Where(s => !_eventKeys.Contains(s.Target) || s.Target == s.EventKey))
            {
                Error(at, field, $"'{target}' is not another event in {Events}");
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

        private void ReadOutlets(List<OutletEntry?>? outlets)
        {
            if (outlets is null || outlets.Count == 0)
            {
                Error("-", "outlets", "at least one outlet is required");
                return;
            }

            for (var i = 0; i < outlets.Count; i++)
            {
                var entry = outlets[i];
                var at = new At("outlets", i, entry?.Key);
                if (entry is null)
                {
                    Error(at, "-", "the entry is null");
                    continue;
                }

                var key = Key(at, entry.Key, _outlets.ContainsKey);
                var name = Text(at, "name", entry.Name);
                if (key is not null && name is not null)
                {
                    _outlets[key] = new Outlet { Key = key, NameKo = name.Value.Ko, NameEn = name.Value.En, Position = i };
                }
            }
        }

        private PageRate? ReadPageRate(PageRateEntry? entry)
        {
            var at = new At("pageRate", null, null);
            if (entry is null)
            {
                Error(at, "pageRate", "is required: the rate the page names for amounts no outlet converted");
                return null;
            }

            var rate = Amount(at, "krwPerUsd", entry.KrwPerUsd);
            if (rate == 0)
            {
                Error(at, "krwPerUsd", "must be greater than 0");
            }

            var outlet = KnownOutlet(at, "outlet", entry.Outlet);
            var date = Day(at, "date", entry.Date);
            var url = Url(at, "url", entry.Url);
            var label = Text(at, "label", entry.Label);
            return rate is null || outlet is null || url is null || label is null
                ? null
                : new PageRate { KrwPerUsd = rate.Value, OutletKey = outlet, StatedOn = date, Url = url, LabelKo = label.Value.Ko, LabelEn = label.Value.En };
        }

        private void ReadEvents(List<EventEntry?>? events)
        {
            if (events is null || events.Count == 0)
            {
                Error("-", "events", "at least one event is required");
                return;
            }

            for (var i = 0; i < events.Count; i++)
            {
                var entry = events[i];
                var at = new At("events", i, entry?.Key);
                if (entry is null)
                {
                    Error(at, "-", "the entry is null");
                    continue;
                }

                var key = Key(at, entry.Key, _eventKeys.Contains);
                var origin = OneOf(at, "origin", entry.Origin, Origins);
                var scope = entry.Scope is null ? "korea" : OneOf(at, "scope", entry.Scope, Scopes);
                var precision = OneOf(at, "precision", entry.Precision, Precisions);
                var sortDate = EventDate(at, entry.Date, precision);
                var kind = OneOf(at, "kind", entry.Kind, Kinds);
                var summary = Text(at, "summary", entry.Summary);
                var period = entry.Period is null ? null : Period(at, "period", entry.Period);
                var notes = (entry.Notes ?? []).Select((n, j) => Text(at, $"notes[{j}]", n)).ToList();

                if (origin == "article")
                {
                    var figures = entry.Figures ?? [];
                    if (figures.Count == 0)
                    {
                        Error(at, "figures", "an event from the article points at its figures by key; at least one is required");
                    }

                    for (var j = 0; j < figures.Count; j++)
                    {
                        if (string.IsNullOrWhiteSpace(figures[j]) || !figureKeys.Contains(figures[j]!))
                        {
                            Error(at, $"figures[{j}]", $"'{figures[j]}' is not a figure in {DataFileSchemas.Figures}");
                        }
                    }

                    if (entry.Amounts is { Count: > 0 })
                    {
                        Error(at, "amounts", "an event from the article takes its amounts from figures.json; name them in \"figures\" instead");
                    }

                    if (entry.Citations is { Count: > 0 })
                    {
                        Error(at, "citations", "an event from the article is cited by its figures' quotes; remove the citations");
                    }
                }
                else if (origin == "follow-up")
                {
                    if (entry.Figures is { Count: > 0 })
                    {
                        Error(at, "figures", "a follow-up is not from the original article and cannot point at its figures");
                    }

                    if (entry.Citations is null || entry.Citations.Count == 0)
                    {
                        Error(at, "citations", "a follow-up needs at least one citation");
                    }
                }

                if (key is null)
                {
                    continue;
                }

                var amountKeys = ReadAmounts(at, key, entry.Amounts ?? []);
                _eventKeys.Add(key);
                ReadCitations(at, key, entry.Citations ?? [], amountKeys);

                if (origin is null || scope is null || precision is null || sortDate is null || kind is null || summary is null)
                {
                    continue;
                }

                _events[key] = new TimelineEvent
                {
                    Key = key,
                    Position = i,
                    Origin = origin,
                    Scope = scope,
                    Date = entry.Date!,
                    Precision = precision,
                    SortDate = sortDate.Value,
                    Kind = kind,
                    SummaryKo = summary.Value.Ko,
                    SummaryEn = summary.Value.En,
                    PeriodFrom = period?.From,
                    PeriodTo = period?.To,
                    PeriodKo = period?.Ko,
                    PeriodEn = period?.En,
                    FigureKeys = string.Join(',', entry.Figures ?? []),
                    NotesKo = string.Join('\n', notes.Select(n => n?.Ko)),
                    NotesEn = string.Join('\n', notes.Select(n => n?.En)),
                };
            }
        }

        private HashSet<string> ReadAmounts(At at, string eventKey, List<AmountEntry?> amounts)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < amounts.Count; j++)
            {
                var entry = amounts[j];
                var field = $"amounts[{j}]";
                if (entry is null)
                {
                    Error(at, field, "the entry is null");
                    continue;
                }

                var key = Key(at, entry.Key, keys.Contains, $"{field}.key");
                var role = OneOf(at, $"{field}.role", entry.Role, Roles);
                var label = Text(at, $"{field}.label", entry.Label);
                var value = Amount(at, $"{field}.value", entry.Value);
                var currency = OneOf(at, $"{field}.currency", entry.Currency, Currencies);
                if (entry.Qualifier is not null)
                {
                    OneOf(at, $"{field}.qualifier", entry.Qualifier, Qualifiers);
                }

                var period = Period(at, $"{field}.period", entry.Period);
                if (entry.PartOf is not null && !amounts.Any(a => a?.Key == entry.PartOf && a != entry))
                {
                    Error(at, $"{field}.partOf", $"'{entry.PartOf}' is not another amount of this event");
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
                if (role is null || label is null || value is null || currency is null || period is null)
                {
                    continue;
                }

                _amounts.Add(new EventAmount
                {
                    EventKey = eventKey,
                    Position = j,
                    Key = key,
                    Role = role,
                    LabelKo = label.Value.Ko,
                    LabelEn = label.Value.En,
                    Value = value.Value,
                    Currency = currency,
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

        private void ReadCitations(At at, string eventKey, List<OutletCitationEntry?> citations, HashSet<string> amountKeys)
        {
            var cited = _citedOutlets[eventKey] = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < citations.Count; c++)
            {
                var field = $"citations[{c}]";
                if (citations[c]?.Outlet is { } outlet)
                {
                    // Even from a citation with errors, so a disagreement naming the outlet adds no follow-on error.
                    cited.Add(outlet);
                }

                if (ReadCitation(at, field, citations[c]) is not { } citation)
                {
                    continue;
                }

                citation.EventKey = eventKey;
                citation.Position = c;
                _citations.Add(citation);
                var values = citations[c]!.Values ?? [];
                for (var v = 0; v < values.Count; v++)
                {
                    var entry = values[v];
                    var valueField = $"{field}.values[{v}]";
                    if (entry is null)
                    {
                        Error(at, valueField, "the entry is null");
                        continue;
                    }

                    var amount = Required(at, $"{valueField}.amount", entry.Amount);
                    if (amount is not null && !amountKeys.Contains(amount))
                    {
                        Error(at, $"{valueField}.amount", $"'{amount}' is not an amount of this event");
                    }

                    var value = Amount(at, $"{valueField}.value", entry.Value);
                    var currency = OneOf(at, $"{valueField}.currency", entry.Currency, Currencies);
                    if (entry.Qualifier is not null)
                    {
                        OneOf(at, $"{valueField}.qualifier", entry.Qualifier, Qualifiers);
                    }

                    double? rate = null;
                    if (entry.KrwPerUsd is not null)
                    {
                        rate = Amount(at, $"{valueField}.krwPerUsd", entry.KrwPerUsd);
                        if (rate == 0)
                        {
                            Error(at, $"{valueField}.krwPerUsd", "must be greater than 0");
                        }

                        if (entry.Converted != true)
                        {
                            Error(at, $"{valueField}.krwPerUsd", "a stated rate belongs to a converted value; add \"converted\": true");
                        }
                    }

                    if (amount is null || value is null || currency is null)
                    {
                        continue;
                    }

                    _citationValues.Add(new EventCitationValue
                    {
                        EventKey = eventKey,
                        CitationPosition = c,
                        Position = v,
                        AmountKey = amount,
                        Value = value.Value,
                        Currency = currency,
                        Approximate = entry.Approximate ?? false,
                        Qualifier = entry.Qualifier,
                        Converted = entry.Converted ?? false,
                        KrwPerUsd = rate,
                    });
                }
            }
        }

        /// <summary>A citation without its values; event key and position are filled in by the caller.</summary>
        private EventCitation? ReadCitation(At at, string field, OutletCitationEntry? entry)
        {
            if (entry is null)
            {
                Error(at, field, "the entry is null");
                return null;
            }

            var outlet = KnownOutlet(at, $"{field}.outlet", entry.Outlet);
            var url = Url(at, $"{field}.url", entry.Url);
            var language = OneOf(at, $"{field}.language", entry.Language, Languages);
            var date = Day(at, $"{field}.date", entry.Date);
            if (entry.Headline is not null && string.IsNullOrWhiteSpace(entry.Headline))
            {
                Error(at, $"{field}.headline", "is empty; leave it out where the outlet's headline is not known");
            }

            return outlet is null || url is null || language is null || (entry.Date is not null && date is null)
                ? null
                : new EventCitation { EventKey = "", OutletKey = outlet, Via = entry.Via, PublishedOn = date, Url = url, Language = language, Headline = entry.Headline };
        }

        private (List<SourceDisagreement>, List<DisagreementValue>) ReadDisagreements(List<DisagreementEntry?> entries)
        {
            var rows = new List<SourceDisagreement>();
            var values = new List<DisagreementValue>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var at = new At("disagreements", i, entry?.Key);
                if (entry is null)
                {
                    Error(at, "-", "the entry is null");
                    continue;
                }

                var key = Key(at, entry.Key, keys.Contains);
                var about = Text(at, "about", entry.About);
                var events = entry.Events ?? [];
                if (events.Count == 0)
                {
                    Error(at, "events", "name at least one event the disagreement concerns");
                }

                for (var e = 0; e < events.Count; e++)
                {
                    if (events[e] is null || !_eventKeys.Contains(events[e]!))
                    {
                        Error(at, $"events[{e}]", $"'{events[e]}' is not an event in {Events}");
                    }
                }

                var sides = entry.Values ?? [];
                if (sides.Count < 2)
                {
                    Error(at, "values", $"a disagreement needs at least two values side by side; it has {sides.Count}");
                }

                var cited = events.OfType<string>().SelectMany(e => _citedOutlets.GetValueOrDefault(e) ?? []).ToHashSet(StringComparer.Ordinal);
                for (var v = 0; v < sides.Count; v++)
                {
                    var side = sides[v];
                    var field = $"values[{v}]";
                    if (side is null)
                    {
                        Error(at, field, "the entry is null");
                        continue;
                    }

                    var outlet = KnownOutlet(at, $"{field}.outlet", side.Outlet);
                    if (outlet is not null && !cited.Contains(outlet))
                    {
                        Error(at, $"{field}.outlet", $"'{outlet}' is not cited by any of the events this disagreement names");
                    }

                    double? value = null;
                    string? unit = null;
                    if (side.Value is not null || side.Unit is not null)
                    {
                        value = Amount(at, $"{field}.value", side.Value);
                        unit = OneOf(at, $"{field}.unit", side.Unit, DisagreementUnits);
                    }
                    else if (side.Text is null)
                    {
                        Error(at, field, "give the outlet's value with its unit, or its wording as text");
                    }

                    var text = side.Text is null ? null : Text(at, $"{field}.text", side.Text);
                    if (side.Qualifier is not null)
                    {
                        OneOf(at, $"{field}.qualifier", side.Qualifier, Qualifiers);
                    }

                    if (key is not null && outlet is not null)
                    {
                        values.Add(new DisagreementValue
                        {
                            DisagreementKey = key,
                            Position = v,
                            OutletKey = outlet,
                            Value = value,
                            Unit = unit,
                            Approximate = side.Approximate ?? false,
                            Qualifier = side.Qualifier,
                            TextKo = text?.Ko,
                            TextEn = text?.En,
                        });
                    }
                }

                var note = entry.Note is null ? null : Text(at, "note", entry.Note);
                if (key is null || about is null)
                {
                    continue;
                }

                keys.Add(key);
                rows.Add(new SourceDisagreement
                {
                    Key = key,
                    Position = i,
                    AboutKo = about.Value.Ko,
                    AboutEn = about.Value.En,
                    EventKeys = string.Join(',', events),
                    NoteKo = note?.Ko,
                    NoteEn = note?.En,
                });
            }

            return (rows, values);
        }

        private (List<LaterComparison>, List<LaterComparisonValue>) ReadComparisons(List<ComparisonEntry?> entries)
        {
            var rows = new List<LaterComparison>();
            var values = new List<LaterComparisonValue>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var at = new At("comparisons", i, entry?.Key);
                if (entry is null)
                {
                    Error(at, "-", "the entry is null");
                    continue;
                }

                var key = Key(at, entry.Key, keys.Contains);
                var title = Text(at, "title", entry.Title);
                var note = Text(at, "note", entry.Note);
                var figures = entry.Article?.Figures ?? [];
                if (figures.Count == 0)
                {
                    Error(at, "article.figures", "name the article's figures by key");
                }

                for (var j = 0; j < figures.Count; j++)
                {
                    if (string.IsNullOrWhiteSpace(figures[j]) || !figureKeys.Contains(figures[j]!))
                    {
                        Error(at, $"article.figures[{j}]", $"'{figures[j]}' is not a figure in {DataFileSchemas.Figures}");
                    }
                }

                var summary = Text(at, "later.summary", entry.Later?.Summary);
                var citation = ReadCitation(at, "later.citation", entry.Later?.Citation);
                if (entry.Later?.Citation?.Values is { Count: > 0 })
                {
                    Error(at, "later.citation.values", "the later statement's values go in later.values");
                }

                var laterValues = entry.Later?.Values ?? [];
                if (laterValues.Count == 0)
                {
                    Error(at, "later.values", "at least one value is required");
                }

                for (var v = 0; v < laterValues.Count; v++)
                {
                    var side = laterValues[v];
                    var field = $"later.values[{v}]";
                    var label = Text(at, $"{field}.label", side?.Label);
                    var value = Amount(at, $"{field}.value", side?.Value);
                    var unit = OneOf(at, $"{field}.unit", side?.Unit, ["percent"]);
                    if (key is not null && label is not null && value is not null && unit is not null)
                    {
                        values.Add(new LaterComparisonValue
                        {
                            ComparisonKey = key,
                            Position = v,
                            LabelKo = label.Value.Ko,
                            LabelEn = label.Value.En,
                            Value = value.Value,
                            Unit = unit,
                            Approximate = side!.Approximate ?? false,
                        });
                    }
                }

                if (key is null || title is null || note is null || summary is null || citation is null)
                {
                    continue;
                }

                keys.Add(key);
                rows.Add(new LaterComparison
                {
                    Key = key,
                    Position = i,
                    TitleKo = title.Value.Ko,
                    TitleEn = title.Value.En,
                    ArticleFigureKeys = string.Join(',', figures),
                    LaterSummaryKo = summary.Value.Ko,
                    LaterSummaryEn = summary.Value.En,
                    OutletKey = citation.OutletKey,
                    Via = citation.Via,
                    PublishedOn = citation.PublishedOn,
                    Url = citation.Url,
                    Language = citation.Language,
                    NoteKo = note.Value.Ko,
                    NoteEn = note.Value.En,
                });
            }

            return (rows, values);
        }

        private DateOnly? EventDate(At at, string? date, string? precision)
        {
            if (Required(at, "date", date) is not { } text || precision is null)
            {
                return null;
            }

            var parsed = precision switch
            {
                "day" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null,
                "month" => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null,
                _ => QuarterPattern().Match(text) is { Success: true } q
                    ? new DateOnly(int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture), (int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture) * 3) - 2, 1)
                    : null,
            };
            if (parsed is null)
            {
                var form = precision switch { "day" => "yyyy-MM-dd", "month" => "yyyy-MM", _ => "yyyy-Qn (n from 1 to 4)" };
                Error(at, "date", $"'{text}' is not a date of precision '{precision}' (expected {form})");
            }

            return parsed;
        }

        private (int? From, int? To, string Ko, string En)? Period(At at, string field, PeriodEntry? period)
        {
            if (period is null)
            {
                Error(at, field, "is required");
                return null;
            }

            var text = Text(at, $"{field}.text", period.Text);
            if (period.From is { } from && period.To is { } to && from > to)
            {
                Error(at, field, $"starts in {from}, after it ends in {to}");
                return null;
            }

            return text is null ? null : (period.From, period.To, text.Value.Ko, text.Value.En);
        }

        private string? KnownOutlet(At at, string field, string? key)
        {
            if (Required(at, field, key) is not { } present)
            {
                return null;
            }

            if (!_outlets.ContainsKey(present))
            {
                Error(at, field, $"'{present}' is not an outlet in {Events} › outlets");
                return null;
            }

            return present;
        }

        private string? Url(At at, string field, string? url)
        {
            if (Required(at, field, url) is not { } present)
            {
                return null;
            }

            if (!Uri.TryCreate(present, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Error(at, field, $"'{present}' is not an absolute http(s) address");
                return null;
            }

            return present;
        }

        private DateOnly? Day(At at, string field, string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(at, field, $"'{value}' is not a date in the form yyyy-MM-dd");
            return null;
        }

        /// <summary>An amount as the outlet gave it: a finite number, never negative.</summary>
        private double? Amount(At at, string field, JsonElement? value)
        {
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                Error(at, field, "is required");
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                Error(at, field, $"must be a finite number, not {value.Value.GetRawText()}");
                return null;
            }

            if (number < 0)
            {
                Error(at, field, $"must not be negative, not {value.Value.GetRawText()}");
                return null;
            }

            return number;
        }

        private string? Key(At at, string? key, Func<string, bool> seen, string field = "key")
        {
            if (Required(at, field, key) is not { } present)
            {
                return null;
            }

            if (!SlugPattern().IsMatch(present))
            {
                Error(at, field, $"'{present}' is not a slug (lower-case letters, digits and single hyphens)");
                return null;
            }

            if (seen(present))
            {
                Error(at, field, $"'{present}' is used by an earlier entry; keys must be unique");
                return null;
            }

            return present;
        }

        private string? OneOf(At at, string field, string? value, IReadOnlyList<string> allowed)
        {
            if (Required(at, field, value) is not { } present)
            {
                return null;
            }

            if (!allowed.Contains(present))
            {
                Error(at, field, $"'{present}' is not one of: {string.Join(", ", allowed)}");
                return null;
            }

            return present;
        }

        private (string Ko, string En)? Text(At at, string field, Text? text)
        {
            var ko = Required(at, $"{field}.ko", text?.Ko);
            var en = Required(at, $"{field}.en", text?.En);
            return ko is null || en is null ? null : (ko, en);
        }

        private string? Required(At at, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(at, field, "is required");
                return null;
            }

            return value;
        }

        private void Error(At at, string field, string message) => Error(at.ToString(), field, message);

        private void Error(string entry, string field, string message) => errors.Add(new SeedError(Events, entry, field, message));
    }

    /// <summary>Where in events.json an entry sits, for messages: <c>events[3] 'ulsan-…'</c>.</summary>
    private sealed record At(string List, int? Index, string? Key)
    {
        public override string ToString() => Index is null
            ? List
            : string.IsNullOrWhiteSpace(Key) ? $"{List}[{Index}]" : $"{List}[{Index}] '{Key}'";
    }
}
