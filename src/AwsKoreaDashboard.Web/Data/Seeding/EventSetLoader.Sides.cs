using static AwsKoreaDashboard.Web.Data.Seeding.EventFiles;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The values side by side in events.json: where outlets disagree, and later statements beside the article's figures.</summary>
internal static partial class EventSetLoader
{
    private sealed partial class Reader
    {
        private (List<SourceDisagreement>, List<DisagreementValue>) ReadDisagreements(List<DisagreementEntry?> entries)
        {
            var rows = new List<SourceDisagreement>();
            var values = new List<DisagreementValue>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i]!;
                var at = At("disagreements", i, entry.Key);
                var key = rules.UniqueKey(at, entry.Key!, keys.Contains);
                var events = entry.Events!;
                for (var e = 0; e < events.Count; e++)
                {
                    rules.Reference(at, $"events[{e}]", events[e], _eventKeys.Contains, $"an event in {Events}");
                }

                var cited = events.OfType<string>().SelectMany(e => _citedOutlets.GetValueOrDefault(e) ?? []).ToHashSet(StringComparer.Ordinal);
                var sides = entry.Values!;
                for (var v = 0; v < sides.Count; v++)
                {
                    var side = sides[v]!;
                    var field = $"values[{v}]";
                    var outlet = KnownOutlet(at, $"{field}.outlet", side.Outlet);
                    if (outlet is not null && !cited.Contains(outlet))
                    {
                        rules.Error(at, $"{field}.outlet", $"'{outlet}' is not cited by any of the events this disagreement names");
                    }

                    var value = rules.FiniteNumber(at, $"{field}.value", side.Value);
                    if (key is not null && outlet is not null)
                    {
                        values.Add(new DisagreementValue
                        {
                            DisagreementKey = key,
                            Position = v,
                            OutletKey = outlet,
                            Value = value,
                            Unit = side.Unit,
                            Approximate = side.Approximate ?? false,
                            Qualifier = side.Qualifier,
                            TextKo = side.Text?.Ko,
                            TextEn = side.Text?.En,
                        });
                    }
                }

                if (key is null)
                {
                    continue;
                }

                keys.Add(key);
                rows.Add(new SourceDisagreement
                {
                    Key = key,
                    Position = i,
                    AboutKo = entry.About!.Ko!,
                    AboutEn = entry.About.En!,
                    EventKeys = string.Join(',', events),
                    NoteKo = entry.Note?.Ko,
                    NoteEn = entry.Note?.En,
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
                var entry = entries[i]!;
                var at = At("comparisons", i, entry.Key);
                var key = rules.UniqueKey(at, entry.Key!, keys.Contains);
                var figures = entry.Article!.Figures!;
                for (var j = 0; j < figures.Count; j++)
                {
                    rules.Reference(at, $"article.figures[{j}]", figures[j], figureKeys.Contains, $"a figure in {DataFileSchemas.Figures}");
                }

                var later = entry.Later!;
                var citation = ReadCitation(at, "later.citation", later.Citation!);
                if (later.Citation!.Values is { Count: > 0 })
                {
                    rules.Error(at, "later.citation.values", "the later statement's values go in later.values");
                }

                for (var v = 0; v < later.Values!.Count; v++)
                {
                    var side = later.Values[v]!;
                    var value = rules.FiniteNumber(at, $"later.values[{v}].value", side.Value);
                    if (key is not null && value is not null)
                    {
                        values.Add(new LaterComparisonValue
                        {
                            ComparisonKey = key,
                            Position = v,
                            LabelKo = side.Label!.Ko!,
                            LabelEn = side.Label.En!,
                            Value = value.Value,
                            Unit = side.Unit!,
                            Approximate = side.Approximate ?? false,
                        });
                    }
                }

                if (key is null || citation is null)
                {
                    continue;
                }

                keys.Add(key);
                rows.Add(new LaterComparison
                {
                    Key = key,
                    Position = i,
                    TitleKo = entry.Title!.Ko!,
                    TitleEn = entry.Title.En!,
                    ArticleFigureKeys = string.Join(',', figures),
                    LaterSummaryKo = later.Summary!.Ko!,
                    LaterSummaryEn = later.Summary.En!,
                    OutletKey = citation.OutletKey,
                    Via = citation.Via,
                    PublishedOn = citation.PublishedOn,
                    Url = citation.Url,
                    Language = citation.Language,
                    NoteKo = entry.Note!.Ko!,
                    NoteEn = entry.Note.En!,
                });
            }

            return (rows, values);
        }
    }
}
