using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The checks across entries and files: citations name a source, quotes appear verbatim in the source's text,
/// currency pairs name each other, formulas compute from figures that exist and do not loop, takeaways name figures.
/// </summary>
internal sealed partial class EntityBuilder
{
    private string? ReadCitation(EntryLocation at, CitationEntry? citation, Dictionary<string, Source> sources)
    {
        if (citation is null)
        {
            at.Error(this, "citation", "is required for a reported figure");
            return null;
        }

        var sourceKey = RequireString(at, "citation.source", citation.Source);
        if (sourceKey is not null && !sources.ContainsKey(sourceKey))
        {
            at.Error(this, "citation.source", $"'{sourceKey}' is not a source in {DataFileSchemas.Sources}");
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
    private void CheckQuote(EntryLocation at, string? sourceKey, string? quote, string why)
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
    private void CheckPairs(Dictionary<string, Figure> figures, List<(Figure Figure, EntryLocation At)> pairs)
    {
        foreach (var (figure, at) in pairs)
        {
            if (!figures.TryGetValue(figure.PairKey!, out var pair))
            {
                at.Error(this, "pair", $"'{figure.PairKey}' is not a figure in {DataFileSchemas.Figures}");
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
    private List<FigureInput> ComputeDerived(Dictionary<string, Figure> figures, Dictionary<string, (Formula Formula, EntryLocation At)> formulas)
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
                at.Error(this, "formula", $"input '{input}' is not a figure in {DataFileSchemas.Figures}");
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
                figure.Value = CheckRange(at, "formula", result, figure.Unit, $"'{formula.Text}' gives ");
            }

            return result;
        }
    }
    private void CheckTokens(EntryLocation at, string field, (string Ko, string En) text, Dictionary<string, Figure> figures)
    {
        foreach (var (value, language) in new[] { (text.Ko, "ko"), (text.En, "en") })
        {
            foreach (Match token in TokenPattern().Matches(value))
            {
                if (!figures.ContainsKey(token.Groups[1].Value))
                {
                    at.Error(this, $"{field}.{language}", $"'{{{token.Groups[1].Value}}}' is not a figure in {DataFileSchemas.Figures}");
                }
            }
        }
    }
    private string? ReadTextOrNull(string relative)
    {
        var path = relative.Replace('\\', '/');
        return contents.Files.TryGetValue(path, out var bytes) ? new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF') : null;
    }
}
