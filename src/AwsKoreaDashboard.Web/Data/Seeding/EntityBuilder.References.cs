using System.Text;
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
    /// <summary>A reported figure's citation: a source that exists and, where its text is in data/, the quote found in it verbatim.</summary>
    private string? ReadCitation(EntryLocation at, CitationEntry? citation, Dictionary<string, Source> sources)
    {
        if (citation is null)
        {
            rules.Error(at, "citation", "is required for a reported figure");
            return null;
        }

        var sourceKey = citation.Source!;
        if (rules.Reference(at, "citation.source", sourceKey, sources.ContainsKey, $"a source in {DataFileSchemas.Sources}"))
        {
            rules.Verbatim(at, "citation.quote", citation.Quote!, sourceKey, SourceTexts.GetValueOrDefault(sourceKey));
        }

        return sourceKey;
    }
    private void CheckPairs(Dictionary<string, Figure> figures, List<(Figure Figure, EntryLocation At)> pairs)
    {
        foreach (var (figure, at) in pairs)
        {
            if (!figures.TryGetValue(figure.PairKey!, out var pair))
            {
                rules.Error(at, "pair", $"'{figure.PairKey}' is not a figure in {DataFileSchemas.Figures}");
                continue;
            }

            if (!Units.IsMoney(figure.Unit) || !Units.IsMoney(pair.Unit) || figure.Unit == pair.Unit)
            {
                rules.Error(at, "pair", $"a pair links the same amount in KRW and USD; '{figure.Key}' is {figure.Unit} and '{pair.Key}' is {pair.Unit}");
            }
            else if (pair.PairKey != figure.Key)
            {
                rules.Error(at, "pair", $"'{pair.Key}' must name '{figure.Key}' as its pair too");
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
                rules.Error(at, "formula", $"input '{input}' is not a figure in {DataFileSchemas.Figures}");
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
                rules.Error(at, "formula", $"'{key}' depends on itself through its inputs");
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
                rules.Error(at, "formula", $"'{formula.Text}' does not give a finite number (division by zero?)");
                failed.Add(key);
                return double.NaN;
            }

            done.Add(key);
            if (figures.TryGetValue(key, out var figure))
            {
                figure.Value = rules.InRange(at, "formula", result, figure.Unit, $"'{formula.Text}' gives ");
            }

            return result;
        }
    }

    /// <summary>A text's two versions, each with its language as a field path names it (<c>title.ko</c>).</summary>
    private static (string Value, string Language)[] InEachLanguage(Text text) => [(text.Ko!, "ko"), (text.En!, "en")];

    private void CheckTokens(EntryLocation at, string field, Text text, Dictionary<string, Figure> figures)
    {
        foreach (var (value, language) in InEachLanguage(text))
        {
            foreach (Match token in TokenPattern().Matches(value))
            {
                if (!figures.ContainsKey(token.Groups[1].Value))
                {
                    rules.Error(at, $"{field}.{language}", $"'{{{token.Groups[1].Value}}}' is not a figure in {DataFileSchemas.Figures}");
                }
            }
        }
    }

    /// <summary>Text shown as written (a subtitle, a label, the story's summary): a {figure-key} there would reach readers as braces.</summary>
    private void CheckNoTokens(EntryLocation at, string field, Text text)
    {
        foreach (var (value, language) in InEachLanguage(text))
        {
            if (TokenPattern().Match(value) is { Success: true } token)
            {
                rules.Error(at, $"{field}.{language}", $"'{token.Value}' would be shown as written: only a chart's title, takeaway and note and the story's title fill {{figure-key}} tokens");
            }
        }
    }

    private string? ReadTextOrNull(string relative)
    {
        var path = relative.Replace('\\', '/');
        return contents.Files.TryGetValue(path, out var bytes) ? new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF') : null;
    }
}
