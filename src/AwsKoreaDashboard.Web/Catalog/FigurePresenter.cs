using System.Globalization;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Data.Seeding;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// Shows figures in the reader's language and currency, fills {figure-key} tokens in chart text and
/// writes source lines. One per request.
/// </summary>
public sealed partial class FigurePresenter(DashboardCatalog catalog, CultureInfo culture, string currency, IStringLocalizer localizer)
{
    /// <summary>The figure whose value converts between the currencies: the rate implied by the article's own pairs.</summary>
    public const string ExchangeRateKey = "implied-krw-per-usd";

    public DashboardCatalog Catalog => catalog;

    public CultureInfo Culture => culture;

    public bool IsKorean => NumberFormatter.IsKorean(culture);

    /// <summary>"ko" or "en": the reader's language as addresses and files name it.</summary>
    public string Language => NumberFormatter.LanguageOf(culture);

    /// <summary>The one way a converted amount is marked.</summary>
    public ConvertedMark Converted { get; } = new(localizer);

    public string Currency => currency;

    [GeneratedRegex(@"\{([a-z0-9-]+)\}")]
    private static partial Regex Token();

    /// <summary>
    /// The figure in the reader's currency when it is money, as it is otherwise, written as a card, a chart
    /// label or a slide shows it: at most three significant digits ("$1.59B"; see <see cref="NumberFormatter.FormatBrief"/>).
    /// The value itself stays exact, for the files.
    /// </summary>
    public ShownValue Show(FigureRecord figure)
    {
        if (!Units.IsMoney(figure.Unit) || figure.Unit == currency)
        {
            return new ShownValue(figure, figure.Value, figure.Unit, figure.FormatBrief(culture), null);
        }

        if (figure.PairKey is not null && catalog.Figure(figure.PairKey) is { } pair && pair.Unit == currency)
        {
            return new ShownValue(pair, pair.Value, pair.Unit, pair.FormatBrief(culture), null);
        }

        if (catalog.Figure(ExchangeRateKey) is not { } rate)
        {
            return new ShownValue(figure, figure.Value, figure.Unit, figure.FormatBrief(culture), null);
        }

        // Three significant digits: the rate itself is rounded, and so are most of the article's amounts.
        var value = NumberFormatter.RoundSignificant(currency == Units.Krw ? figure.Value * rate.Value : figure.Value / rate.Value, 3);
        var text = NumberFormatter.Format(value, currency, culture, approximate: true, figure.Qualifier);
        return new ShownValue(figure, value, currency, text, rate);
    }

    public string Text(LocalizedText text) => text.In(culture);

    /// <summary>The story's headline in the reader's language and currency ("…에 약 7.85조 원 투자", "…invest $5.88B…").</summary>
    public string StoryTitle => FillTokens(catalog.Story.Title);

    /// <summary>
    /// Replaces each {figure-key} in text (chart titles, takeaways and notes, the story's title) with the figure as this
    /// reader sees it; a converted amount says so, so that no sentence passes a conversion off as the article's.
    /// </summary>
    public string FillTokens(LocalizedText text)
    {
        var written = text.In(culture);
        return Token().Replace(written, match =>
        {
            if (catalog.Figure(match.Groups[1].Value) is not { } figure)
            {
                return match.Value;
            }

            // No brackets inside brackets (ConvertedMark.InBrackets).
            var end = match.Index + match.Length;
            var inBrackets = match.Index > 0 && written[match.Index - 1] == '(' && end < written.Length && written[end] == ')';
            var shown = Show(figure);
            return inBrackets && shown.IsConverted ? Converted.InBrackets(shown.Text) : MarkedLabel(shown);
        });
    }

    /// <summary>A value with its mark in full when converted (<see cref="ConvertedMark.Label"/>): sentences, text alternatives.</summary>
    public string Marked(ShownValue value) =>
        value.IsConverted ? Converted.Label(value.Text) : value.Text;

    /// <summary>A value with its short mark when converted (<see cref="ConvertedMark.OnChart"/>): value labels on charts and slides.</summary>
    public string MarkedLabel(ShownValue value) =>
        value.IsConverted ? Converted.OnChart(value.Text) : value.Text;

    /// <summary>
    /// A derived figure's formula as arithmetic in the reader's language, on the figures it names as the article gives
    /// them ("$5.88B ÷ $2.04B"; what it comes to is the figure's <see cref="FigureRecord.Format"/>), each input
    /// linking to its figure. Never in the reader's currency: a converted amount is rounded to three digits and an
    /// amount the article gives in both currencies is rounded by the article, so arithmetic on them does not add up
    /// ("약 7.85조 원 ÷ 약 2.72조 원 (환산) = 2.88배", where 7.85 ÷ 2.72 is 2.89); and an implied rate, won ÷ dollars,
    /// would divide a number by itself. The figure's value in the reader's currency is shown beside it, converted and
    /// marked, as a reported figure's is. Empty for a reported figure or a formula that does not parse.
    /// </summary>
    public IReadOnlyList<ArithmeticTerm> Arithmetic(FigureRecord figure)
    {
        if (figure.Formula is null || !Data.Seeding.Formula.TryParse(figure.Formula, out var formula, out _))
        {
            return [];
        }

        return formula!.Parts().Select(part => part.Kind switch
        {
            FormulaPartKind.Figure when catalog.Figure(part.Text) is { } input => new ArithmeticTerm(input.Format(culture), input),
            FormulaPartKind.Number => new ArithmeticTerm(NumberFormatter.Decimal(part.Number, 4)),
            FormulaPartKind.Operator => new ArithmeticTerm(part.Text switch { "*" => "×", "/" => "÷", "-" => "−", _ => part.Text }),
            _ => new ArithmeticTerm(part.Text),
        }).ToList();
    }

    /// <summary>The figures a value rests on: itself when reported, its inputs (recursively) when derived.</summary>
    public IEnumerable<FigureRecord> Evidence(FigureRecord figure)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<FigureRecord>([figure]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Key))
            {
                continue;
            }

            if (next.Citation is not null)
            {
                yield return next;
            }

            foreach (var input in next.Inputs.Select(catalog.Figure).OfType<FigureRecord>())
            {
                pending.Push(input);
            }
        }
    }

    /// <summary>The cited figures behind shown values, each once: a converted value rests on the rate too.</summary>
    public IEnumerable<FigureRecord> Evidence(IEnumerable<ShownValue> values) =>
        values.SelectMany(v => Evidence(v.Figure).Concat(v.ConvertedWith is { } rate ? Evidence(rate) : [])).DistinctBy(f => f.Key);

    /// <summary>"출처: 한국경제, 2023-10-12 (OECD 인용)" for the sources behind the given values.</summary>
    public string SourceLine(IEnumerable<ShownValue> values)
    {
        var citations = Evidence(values)
            .Select(f => f.Citation!)
            .GroupBy(c => c.Source.Key)
            .Select(g =>
            {
                var source = g.First().Source;
                var date = source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var line = date is null ? Text(source.Publisher) : $"{Text(source.Publisher)}, {date}";
                var attributions = g.Select(c => c.Attribution).OfType<LocalizedText>().Select(Text).Distinct().ToList();
                return attributions.Count == 0 ? line : $"{line} ({localizer["SourceQuoting", string.Join(", ", attributions)]})";
            });
        return $"{localizer["SourcePrefix"]}: {string.Join("; ", citations)}";
    }
}
